# 'n' (C locale: like 'd' and 'g'), and '#' with zero padding for every base.
for v in [0, 5, -1234567, 2**40, 1.5, -0.001234, 1234567.0, 1e20, 12.0, float("nan")]:
    print(f"{v:n}|{v:10n}|{v:<10n}|{v:010n}|{v:+n}")
for v in [1.5, 1234.5678, 0.000012345]:
    print(f"{v:.3n}|{v:.10n}|{v:#.3n}")
for n in [0, 5, -5, 255, -255, 65535]:
    print(f"{n:#010b}|{n:#010o}|{n:#010x}|{n:#010X}|{n:#=12x}|{n:#<12x}|{n:#^12o}|{n:+#08x}|{n: #08b}")
print(format(255, "#0"), format(255, "#x"), format(0, "#b"), format(-0, "#o"), format(10, "#d"))
