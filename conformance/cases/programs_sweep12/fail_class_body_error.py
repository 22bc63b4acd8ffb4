class Units:
    BASE = {"m": 1.0, "km": 1000.0, "cm": 0.01}
    print("building unit table")
    FACTORS = {(a, b): BASE[a] / BASE[b] for a in BASE for b in BASE if a != b}
