def bits(n, width):
    return format(n, f"0{width}b")


for h, m, s in [(0, 0, 0), (9, 41, 7), (13, 37, 59), (23, 59, 59)]:
    cols = [bits(int(d), 4) for d in f"{h:02d}{m:02d}{s:02d}"]
    print(f"{h:02d}:{m:02d}:{s:02d}")
    for row in range(4):
        print("  " + " ".join("●" if c[row] == "1" else "○" for c in cols))
flags = {"READ": 0b100, "WRITE": 0b010, "EXEC": 0b001}
for mode in (0o755, 0o640, 0o700):
    parts = []
    for shift in (6, 3, 0):
        p = (mode >> shift) & 0b111
        parts.append("".join(ch if p & flags[name] else "-" for name, ch in zip(flags, "rwx")))
    print(oct(mode), "".join(parts), bin(mode), mode.bit_count())
x = 0b1011_0110
print(x, x & -x, x & (x - 1), x ^ 0xFF, ~x & 0xFF, x << 2, x >> 3, bin(x)[2:].zfill(12))
