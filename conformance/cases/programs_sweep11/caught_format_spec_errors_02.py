specs = [
    (12, ",b"), (12, "_c"), (1.5, ","), (1.5, "_"), ("s", ","), (12, "=^5"), ("s", "+"), ("s", "#"), ("s", "0=5"),
    (12, ".2"), (12, ".2d"), (1.5, ".-1f"), (12, "z"), (1 + 2j, "="), (1 + 2j, "0"), (True, "s"), (None, ""), (None, "s"),
    ([1], ">5"), ((1,), ""), (12, "%"), (12, "n"), (12.5, "#x"), ("s", ".0"), (1.0, ".1000f"), (12, "5,.2"), ("x", "<<"),
]
for value, spec in specs:
    try:
        print(f"format({value!r}, {spec!r}) = {format(value, spec)!r}")
    except (ValueError, TypeError) as e:
        print(f"format({value!r}, {spec!r}) !! {type(e).__name__}: {e}")
