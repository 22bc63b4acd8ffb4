LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344}
MASS = {"g": 0.001, "kg": 1.0, "t": 1000.0, "oz": 0.028349523125, "lb": 0.45359237}
TEMPS = ("C", "F", "K")


def convert(value, src, dst):
    for table in (LENGTH, MASS):
        if src in table and dst in table:
            return value * table[src] / table[dst]
    if src in TEMPS and dst in TEMPS:
        c = {"C": value, "F": (value - 32) * 5 / 9, "K": value - 273.15}[src]
        return {"C": c, "F": c * 9 / 5 + 32, "K": c + 273.15}[dst]
    raise ValueError(f"cannot convert {src} to {dst}")


queries = ["5 km mi", "6 ft cm", "1 mi ft", "150 lb kg", "1 t lb", "100 C F", "-40 F C", "0 K C", "3 kg m"]
for q in queries:
    v, s, d = q.split()
    try:
        r = convert(float(v), s, d)
        print(f"{v:>5} {s:<2} = {r:>12.4f} {d:<2}   ({r:.3g})")
    except ValueError as e:
        print(f"{q}: {e}")
units = ["in", "ft", "m"]
print(" " * 6 + "".join(f"{u:>10}" for u in units))
for a in units:
    print(f"{a:<6}" + "".join(f"{convert(1, a, b):>10.4f}" for b in units))
