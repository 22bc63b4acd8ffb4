value = 3.14159265
for width in (6, 10):
    for prec in (0, 2, 4):
        print(f"[{value:{width}.{prec}f}]")
fill, align, width = "*", "^", 12
print(f"[{'mid':{fill}{align}{width}}]")
spec = "+08.3f"
print(f"[{value:{spec}}]", "[{:{}}]".format(value, spec), format(value, spec))
print("[{0:{1}{2}{3}}]".format("x", "-", ">", 5))
print("[{:{}.{}}]".format("truncate me", 8, 3))
print("[{v:{w}.{p}e}]".format(v=12345.678, w=14, p=2))
print("[{0:{fmt}}] [{1:{fmt}}]".format(1, 22, fmt="04d"))
print(f"[{'abc':{'>'}{5}}]")
print(f"[{12:{'' if True else '+'}}] [{12:{'+' if True else ''}}]")
rows = [("apple", 1.5, 10), ("kiwi", 0.25, 200), ("watermelon", 12.0, 3)]
wname = max(len(r[0]) for r in rows)
for n, p, q in rows:
    print(f"{n:<{wname}} | {p:>{6}.{2}f} | {q:>{5},}")
try:
    "{:{}}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), f"{value:.{2}%}")
