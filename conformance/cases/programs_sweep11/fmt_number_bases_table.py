print(f"{'dec':>6} {'hex':>6} {'oct':>6} {'bin':>10} {'chr':>4}")
for n in [0, 7, 10, 32, 65, 97, 127, 255]:
    ch = chr(n) if 32 < n < 127 else "."
    print(f"{n:>6d} {n:>#6x} {n:>#6o} {n:>#10b} {ch:>4}")
print(f"{-255:#x} {-255:x} {255:#_b} {2**32:,} {2**32:_x} {0:#b} {0:#o}")
print("{:08.3f}|{:+08d}|{: 08d}|{:<08d}|{:^08d}|".format(-3.14159, 42, 42, 42, 42))
print(format(1234.5, "=+12,.1f"), format(-1234.5, "012,.1f"), format(0.000001234, ".3g"), format(123456789, ".3e"))
print(format(float("nan"), "08.2f"), format(float("-inf"), "<8"), format(1e300 * 1e300, "+"), format(-0.0, ""), format(-0.0, "z"))
print(int("7fffffff", 16), int("11111111", 2), int("777", 8), int("zz", 36), int("Z", 36), int("0x_ff", 16))
for s, b in [("12", 3), ("0b11", 0), ("0o", 0), ("1__0", 10), ("٣", 10), ("  -0 ", 0), ("08", 0)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print("ValueError", e)
