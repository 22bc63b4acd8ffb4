# '%' multiplies by 100; 'z' turns a negative zero result into zero (PEP 682).
for v in [0, 1, 0.5, 0.125, -0.3333, 1.5, 12.345, -0.0, 1e-7, 2**60, float("inf")]:
    print(f"{v:%}|{v:.0%}|{v:.1%}|{v:>10.2%}|{v:+.3%}|{v:,.1%}")
for v in [-0.0, 0.0, -0.0001, -0.4, -0.5, -0.6, 0.0001, -1e-300, float("-inf"), float("nan")]:
    print(f"{v:z.0f}|{v:z.1f}|{v:.1f}|{v:z.2e}|{v:z.3g}|{v:z}|{v:+z.1f}|{v: z.0%}|{v:z08.2f}|")
for value, spec in [(5, "z"), (5, "zd"), ("s", "z"), (1.5, "z#.0f")]:
    try:
        print(repr(format(value, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
