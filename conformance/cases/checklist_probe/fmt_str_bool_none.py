vals = ["abc", "", "héllo", "x" * 3, True, False, None]
specs = ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.2", "^5.1s", "-<6", "=10", "+",
         " ", "#", "0", "010", ",", "_", "d", "x", "n", "c", "f", ".1f", "e", "%", "z", "\x00^5",
         "{<5", "}>5"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}:{e}")
    print(repr(v), "|".join(out))
print("[" + format("ab", "\u00e9^6") + "]")
print(f"{'x':{'<'}{5}}|{'y':{''}>{3}}|")
try:
    print(f"{'x':{'ab'}5}")
except ValueError as e:
    print(type(e).__name__, e)
print("{:{}{}{}}".format("z", "*", "^", 7))
print("{0:{1}}".format(3.14159, ".3"))
try:
    print("{:{:{}}}".format(1, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)
