from dataclasses import dataclass


@dataclass
class Move:
    dx: int
    dy: int


@dataclass
class Say:
    text: str


def route(cmd):
    match cmd:
        case {"op": "move", "dx": int(dx), "dy": int(dy)}:
            return Move(dx, dy)
        case {"op": "say", "text": str(text)} if text.strip():
            return Say(text.strip())
        case {"op": "batch", "items": [*items]}:
            return [route(i) for i in items]
        case {"op": op, **rest}:
            return f"unknown op {op!r} with {sorted(rest)}"
        case [x, y]:
            return Move(x, y)
        case str() as s if s.startswith("/"):
            return Say(s[1:])
        case _:
            return None


for c in [
    {"op": "move", "dx": 1, "dy": -2},
    {"op": "say", "text": "  hi  "},
    {"op": "say", "text": "   "},
    {"op": "batch", "items": [{"op": "move", "dx": 0, "dy": 1}, [3, 4], "/wave"]},
    {"op": "jump", "height": 3, "style": "x"},
    (5, 6),
    42,
]:
    print(route(c))


def describe(obj):
    match obj:
        case Move(dx=0, dy=0):
            return "stay"
        case Move(dx=0) | Move(dy=0):
            return "straight"
        case Move():
            return "diagonal"
        case Say(text=t):
            return f"says {len(t)} chars"


print([describe(m) for m in [Move(0, 0), Move(0, 3), Move(2, 0), Move(1, 1), Say("yo")]])
