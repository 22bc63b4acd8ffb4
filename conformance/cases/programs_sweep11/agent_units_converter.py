UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048, "mi": 1609.344},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
}


def convert(value, src, dst):
    for kind, table in UNITS.items():
        if src in table and dst in table:
            return value * table[src] / table[dst]
        if (src in table) != (dst in table) and (src in table or dst in table):
            other = next((k for k, t in UNITS.items() if (dst if src in table else src) in t), None)
            if other:
                raise ValueError(f"cannot convert {kind} to {other}")
    raise KeyError(f"unknown unit {src if not any(src in t for t in UNITS.values()) else dst!r}")


def parse(q):
    num, unit = q.split()
    return float(num), unit


for q, dst in [("5 km", "mi"), ("12 in", "cm"), ("1 lb", "g"), ("3 ft", "kg"), ("2 parsec", "m"), ("1 m", "furlong"), ("100 g", "oz")]:
    try:
        v, u = parse(q)
        print(f"{q} = {convert(v, u, dst):.4g} {dst}")
    except (ValueError, KeyError) as e:
        print(f"{q} -> {dst}: {type(e).__name__}: {e}")
