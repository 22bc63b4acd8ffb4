nums = [0, 7, -7, 255, -255, 65535, 123456789]
for spec in ["d", "b", "o", "x", "X", "c", "n", "", "#b", "#o", "#x", "#X", "+d", " d", "-d",
             "08d", "+08d", "#010x", "<6d", ">6d", "^7d", "=+8d", "*^9d", ",d", "_d", "_b", "_x", "#_o", "08,d", "e", ".2f", "%", "G"]:
    out = []
    for n in nums:
        if spec == "c" and not 0 <= n <= 0x10FFFF:
            continue
        out.append(format(n, spec))
    print(f"{spec!r:8}", out)
for bad in ["s", ".2d", ",b", ",c", "+c", "z"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(-1, "c")
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)
print(format(True, "d"), format(True, "#x"), format(False, ">5"), format(True, ""))
print(format(10**30, ","), format(-10**20, "_x"), format(2**100, "e"))
