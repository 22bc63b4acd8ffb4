def area(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return 3.14159 * r * r
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
        case {"kind": kind}:
            raise NotImplementedError(f"no area for {kind}")
print(area({"kind": "rect", "w": 2, "h": 3}))
print(area({"kind": "tri"}))
