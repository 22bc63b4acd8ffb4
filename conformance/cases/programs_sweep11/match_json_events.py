events = [
    {"type": "click", "x": 10, "y": 20},
    {"type": "key", "key": "Enter", "mods": ["ctrl"]},
    {"type": "key", "key": "a", "mods": []},
    {"type": "scroll", "delta": -3},
    {"type": "resize", "size": [800, 600]},
    {"type": "resize", "size": [800]},
    {"kind": "unknown"},
    ["not", "a", "dict"],
]


def handle(ev):
    match ev:
        case {"type": "click", "x": int(x), "y": int(y)} if x < 0 or y < 0:
            return "offscreen click"
        case {"type": "click", "x": x, "y": y}:
            return f"click at ({x}, {y})"
        case {"type": "key", "key": k, "mods": [*mods]} if mods:
            return f"chord {'+'.join(mods)}+{k}"
        case {"type": "key", "key": str() as k}:
            return f"key {k}"
        case {"type": "scroll", "delta": d}:
            return "scroll " + ("up" if d > 0 else "down")
        case {"type": "resize", "size": [w, h]}:
            return f"resize {w}x{h}"
        case {"type": t}:
            return f"malformed {t}"
        case {**rest}:
            return f"untyped {sorted(rest)}"
        case other:
            return f"not an event: {type(other).__name__}"


for e in events:
    print(handle(e))
