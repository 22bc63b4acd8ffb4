x = 3.14159
name = "héllo"
items = [1, 2]
d = {"k": "v"}
print(f"{x=}")
print(f"{x = }")
print(f"{x=:.2f}")
print(f"{x = :>10.3}")
print(f"{name=!s}")
print(f"{name=!a}")
print(f"{name=!r:^12}")
print(f"{items[0]+items[1]=}")
print(f"{d['k']=}")
print(f"{len(items)=:03d}")
print(f"{x=}{x=}")
print(f"{ x = }")
print(f"{x=!s:>8}")
print(f"{name!a}")
print(f"{'tab	x'!a}")
print(f"{chr(0x1F600)!a} {chr(0x1F600)!r}")
print(f"{'\\n' if False else 'nl'}" if False else "skip")
print(f"{3 if x > 1 else 4=}")
print(f"{(lambda y: y * 2)(4)=}")
print(f"{x:{'>'}{10}.{2}f}")
w, p = 12, 4
print(f"{x:{w}.{p}}|{x:<{w},.{p}f}|")
print(f"{'a' 'b'=}")
print(f"{x!r:{w}}")
print(f"{{literal}} {{{x}}}")
print(f"{name:{'*'}^{w}}")
print(f"{items!s:>10}")
print(f"{d=}")
print(f"{x:=^+12.2f}")
print(f"{-x:=12.2f}")
print(f"{None=}", f"{True=:>6}", f"{...=}")
try:
    print(f"{x:{'q'}}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{name:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{items:>5}")
except TypeError as e:
    print(type(e).__name__, e)
print(f"{x=:{w}}")
