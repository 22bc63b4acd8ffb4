# Integer presentation types b, o, x, X, d, n, c, with '#', width and sign.
for n in [0, 1, 7, -7, 10, 255, -255, 4096, 2**31 - 1, -2**31, 2**62, -(2**64), 2**100]:
    print(f"{n:d}|{n:b}|{n:o}|{n:x}|{n:X}|{n:n}|{n:#b}|{n:#o}|{n:#x}|{n:#X}")
    print(f"{n:12}|{n:<12}|{n:^12}|{n:=12}|{n:+}|{n: }|{n:-}|{n:+#x}|{n: #o}|{n:#20b}|")
for cp in [65, 97, 48, 0x263A, 0xE9, 0x1F600, 32, 126]:
    print(f"[{cp:c}] [{cp:>4c}] [{cp:^5c}] [{cp:*<3c}]")
for n, spec in [(-1, "c"), (0x110000, "c"), (2**70, "c"), (5, "+c"), (5, "#c")]:
    try:
        print(format(n, spec))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(format(255, "x") + format(255, "X") + format(255, "#X") + format(-255, "#X"))
print([format(i, "#06b") for i in range(6)], [format(i, "02x") for i in (0, 9, 10, 255, 256)])
