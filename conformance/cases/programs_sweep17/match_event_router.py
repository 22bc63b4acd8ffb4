# Event router using structural pattern matching across many pattern kinds.
from dataclasses import dataclass
from enum import Enum

class Kind(Enum):
    CLICK = "click"
    KEY = "key"

@dataclass
class Point:
    x: int
    y: int

class Vec:
    __match_args__ = ("dx", "dy")
    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy
    def __repr__(self):
        return f"Vec({self.dx}, {self.dy})"

def route(ev):
    match ev:
        case {"type": Kind.CLICK.value, "pos": [x, y], **rest} if not rest:
            return f"click at {x},{y}"
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"char {k!r}"
        case {"type": "key", "key": "Enter" | "Return" as k}:
            return f"submit via {k}"
        case {"type": "key", "mods": [*mods, last]}:
            return f"combo {'+'.join(mods)}+{last}"
        case {"type": "scroll", "delta": int() | float() as d} if d < 0:
            return f"scroll up {abs(d)}"
        case {"type": "scroll", "delta": int(d)}:
            return f"scroll down {d}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=x):
            return f"point x={x}"
        case Vec(0, dy):
            return f"vertical {dy}"
        case Vec(dx, dy):
            return f"vec {dx},{dy}"
        case [Point() as p, *others]:
            return f"path from {p} with {len(others)} more"
        case []:
            return "empty list"
        case [1, 2, *_] | (1, 2):
            return "starts 1,2"
        case str() as s if s.startswith("/"):
            cmd, *args = s[1:].split()
            return f"command {cmd} args={args}"
        case str(s):
            return f"text len {len(s)}"
        case bytes(b):
            return f"bytes {b!r}"
        case bool(flag):
            return f"flag {flag}"
        case int(n) | float(n):
            return f"number {n}"
        case None:
            return "nothing"
        case Kind.KEY:
            return "kind key enum"
        case {**everything}:
            return f"dict keys {sorted(everything)}"
        case _:
            return f"unknown {type(ev).__name__}"

events = [
    {"type": "click", "pos": [3, 4]},
    {"type": "click", "pos": (5, 6), "button": 2, "alt": True},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "Return"},
    {"type": "key", "key": "Tab", "mods": ["ctrl", "shift", "T"]},
    {"type": "key", "key": "Tab", "mods": []},
    {"type": "scroll", "delta": -2.5},
    {"type": "scroll", "delta": 3},
    {"type": "scroll", "delta": "3"},
    Point(0, 0), Point(7, 7), Point(1, 9),
    Vec(0, 5), Vec(2, 3),
    [Point(1, 1), Point(2, 2), 3],
    [], [1, 2, 3], (1, 2), [1, 3],
    "/move north fast", "hello", b"\x00ab", True, False, 0, 2.5, None, Kind.KEY, Kind.CLICK,
    {"z": 1, "a": 2}, {1, 2},
]
for ev in events:
    print(f"{ev!r:60.60} => {route(ev)}")

def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"go {d}"
        case ["go", *_]:
            return "go where?"
        case ["take", item, "from", place]:
            return f"take {item} @ {place}"
        case ["drop", *items] if items:
            return "drop " + ", ".join(items)
        case [verb]:
            return f"bare {verb}"
        case _:
            return "??"

for c in ["go north", "go up", "take key from box", "drop a b c", "drop", "look", "", "x y z w"]:
    print(f"{c!r:22} {classify(c)}")
