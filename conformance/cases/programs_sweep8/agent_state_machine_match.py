from enum import Enum, auto
class State(Enum):
    IDLE = auto(); RUNNING = auto(); PAUSED = auto(); DONE = auto()
def step(state, event):
    match (state, event):
        case (State.IDLE, "start"):
            return State.RUNNING
        case (State.RUNNING, "pause"):
            return State.PAUSED
        case (State.PAUSED, "resume" | "start"):
            return State.RUNNING
        case (State.RUNNING | State.PAUSED, "stop"):
            return State.DONE
        case (_, {"cmd": "reset", **rest}):
            print("  reset with", rest)
            return State.IDLE
        case (s, ["batch", *evs]):
            for e in evs:
                s = step(s, e)
            return s
        case (s, str() as e) if e.startswith("#"):
            print("  comment", e[1:])
            return s
        case _:
            raise ValueError(f"bad transition {state.name} --{event!r}-->")
s = State.IDLE
for ev in ["start", "pause", "#note", "resume", ["batch", "pause", "stop"], {"cmd": "reset", "why": 1}, "start", "jump"]:
    try:
        s = step(s, ev)
        print(f"{ev!r:<35} -> {s}")
    except ValueError as e:
        print("error:", e)
print(list(State), State.RUNNING.value, State["DONE"], State(3))
def classify(x):
    match x:
        case bool(): return "bool"
        case int(n) if n < 0: return "neg int"
        case int() | float(): return "number"
        case (a, b): return f"pair {a},{b}"
        case [a, *_, z]: return f"seq {a}..{z}"
        case {"x": x1, "y": y1}: return f"point {x1},{y1}"
        case str() if not x: return "empty str"
        case None: return "none"
        case _: return type(x).__name__
for v in [True, -3, 2.5, (1, 2), [1, 2, 3], {"x": 1, "y": 2, "z": 3}, "", None, "s", {1}]:
    print(repr(v), classify(v))
