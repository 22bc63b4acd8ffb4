pi = 3.14159265
n = 1234567.891
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:^10.4f}|{pi:+.0f}")
print(f"{n:,.2f}|{n:_.1f}|{n:e}|{n:.3g}|{n:12.4E}")
print(f"{42:08d}|{42:x}|{42:#X}|{42:o}|{42:b}|{-42:+d}|{42: d}")
print(f"{0.25:%}|{0.25:.1%}|{1/3:.5}|{2/3!r}|{'x'!r:>5}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':*^10}|{'trunc':.3}")
name, width = "moat", 10
print(f"{name:>{width}}|{name!s:{'^'}{width}}|{width=}|{name.upper()=}")
print("%-6s|%6.2f|%04d|%x|%r|%%" % ("ab", 3.14159, 7, 255, "q"))
print("{0} {1} {0}".format("a", "b"), "{name}-{n:03}".format(name="x", n=5), "{:,}".format(10**9))
print("{0[0]} {1[key]} {2.real}".format([9, 8], {"key": "v"}, 3 + 4j))
print(format(1e-7, "f"), format(1e16, "g"), format(float("inf"), "f"), format(-0.0, ".1f"), format(-0.0, "z.1f"))
print(f"{12.5:.0f} {13.5:.0f} {round(2.675, 2)} {0.1 + 0.2:.17g}")
