UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mi": 1609.344, "ft": 0.3048, "in": 0.0254},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
}


def convert(value, src, dst):
    for kind, table in UNITS.items():
        if src in table and dst in table:
            return value * table[src] / table[dst]
    if {src, dst} <= {"C", "F", "K"}:
        c = {"C": value, "F": (value - 32) * 5 / 9, "K": value - 273.15}[src]
        return {"C": c, "F": c * 9 / 5 + 32, "K": c + 273.15}[dst]
    raise ValueError(f"cannot convert {src} to {dst}")


for q in ["10 km mi", "5.5 ft cm", "1 mi ft", "150 lb kg", "16 oz g", "100 C F", "-40 F C", "0 K C", "3 kg m"]:
    v, src, dst = q.split()
    try:
        r = convert(float(v), src, dst)
        print(f"{v:>6} {src:<2} = {r:12.4f} {dst}  ({r:.3g})")
    except ValueError as e:
        print("error:", e)
