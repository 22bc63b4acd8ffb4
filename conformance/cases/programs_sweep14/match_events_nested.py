# Route nested event payloads (dicts, lists, class patterns) with match.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def route(event):
    match event:
        case {"type": "click", "pos": Point(0, 0)}:
            return "click at origin"
        case {"type": "click", "pos": Point(x, y)} if x == y:
            return f"diagonal click {x}"
        case {"type": "click", "pos": Point(x=x)}:
            return f"click column {x}"
        case {"type": "keys", "keys": [first, *rest]} if rest:
            return f"chord {first}+{'+'.join(rest)}"
        case {"type": "keys", "keys": [single]}:
            return f"key {single}"
        case {"type": "scroll", "delta": int(d) | float(d)} if d < 0:
            return f"scroll up {abs(d)}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll down {d}"
        case {"type": str(t), **rest}:
            return f"unknown {t} with {sorted(rest)}"
        case [*events]:
            return [route(e) for e in events]
        case _:
            return "not an event"


events = [
    {"type": "click", "pos": Point(0, 0)}, {"type": "click", "pos": Point(3, 3)},
    {"type": "click", "pos": Point(5, 1)}, {"type": "keys", "keys": ["ctrl", "shift", "t"]},
    {"type": "keys", "keys": ["a"]}, {"type": "keys", "keys": []},
    {"type": "scroll", "delta": -2.5}, {"type": "scroll", "delta": 4},
    {"type": "resize", "w": 1, "h": 2}, [{"type": "keys", "keys": ["q"]}, 7], "text",
]
for e in events:
    print(route(e))
