from enum import Enum, auto

class S(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

TRANSITIONS = {
    (S.IDLE, "start"): S.RUNNING,
    (S.RUNNING, "pause"): S.PAUSED,
    (S.PAUSED, "resume"): S.RUNNING,
    (S.RUNNING, "finish"): S.DONE,
    (S.PAUSED, "stop"): S.DONE,
}

class InvalidTransition(Exception):
    def __init__(self, state, event):
        self.state, self.event = state, event
        super().__init__(f"cannot {event!r} while {state.name}")

def machine():
    state = S.IDLE
    history = [state]
    while state is not S.DONE:
        event = yield state
        try:
            state = TRANSITIONS[state, event]
        except KeyError:
            raise InvalidTransition(state, event) from None
        history.append(state)
    return history

m = machine()
print(next(m))
for ev in ["start", "pause", "resume", "finish"]:
    try:
        print(ev, "->", m.send(ev))
    except StopIteration as stop:
        print(ev, "-> finished; history:", [s.name for s in stop.value])

def run(events):
    g = machine()
    next(g)
    try:
        for ev in events:
            g.send(ev)
    except StopIteration as e:
        return "done", len(e.value)
    except InvalidTransition as e:
        return "error", str(e), e.state, g.gi_running if hasattr(g, "gi_running") else None
    return "incomplete", None

print(run(["start", "finish"]))
print(run(["start", "jump"]))
print(run(["start", "pause"]))

def lexer(text):
    state = "start"
    buf = ""
    for ch in text + "\0":
        match state, ch:
            case "start", c if c.isdigit():
                state, buf = "num", c
            case "start", c if c.isalpha():
                state, buf = "word", c
            case "start", " " | "\0":
                pass
            case "start", c:
                yield ("sym", c)
            case "num", c if c.isdigit() or c == ".":
                buf += c
            case "word", c if c.isalnum():
                buf += c
            case ("num" | "word") as kind, c:
                yield (kind, buf)
                state, buf = "start", ""
                if c.isspace() or c == "\0":
                    continue
                yield ("sym", c)
print(list(lexer("x1 = 3.14 * (radius+2)")))
g = machine(); next(g); g.send("start"); g.send("pause")
print(g.send("finish"))
