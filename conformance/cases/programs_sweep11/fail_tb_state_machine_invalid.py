TRANSITIONS = {"idle": {"start": "running"}, "running": {"pause": "paused", "stop": "idle"}, "paused": {"resume": "running"}}


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event!r} while {state!r}")


def step(state, event):
    try:
        return TRANSITIONS[state][event]
    except KeyError:
        raise InvalidTransition(state, event)


s = "idle"
for ev in ["start", "pause", "resume", "start"]:
    s = step(s, ev)
    print(ev, "->", s)
