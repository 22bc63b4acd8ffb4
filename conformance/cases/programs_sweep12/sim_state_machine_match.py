from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    SELECTING = auto()
    PAYING = auto()
    DISPENSING = auto()
    OUT_OF_ORDER = auto()


PRICES = {"A1": 150, "A2": 200, "B1": 95}


def handle(state, ctx, event):
    match state, event:
        case State.OUT_OF_ORDER, ("repair",):
            return State.IDLE, "repaired"
        case State.OUT_OF_ORDER, _:
            return state, "machine out of order"
        case _, ("kick",):
            return State.OUT_OF_ORDER, "ouch"
        case State.IDLE, ("select", code) if code in PRICES:
            ctx.update(item=code, paid=0)
            return State.PAYING, f"{code} costs {PRICES[code]}"
        case State.IDLE, ("select", code):
            return state, f"unknown item {code}"
        case State.PAYING, ("coin", int(value)) if value in (5, 10, 25, 100):
            ctx["paid"] += value
            due = PRICES[ctx["item"]] - ctx["paid"]
            if due <= 0:
                return State.DISPENSING, f"paid, change {-due}"
            return state, f"insert {due} more"
        case State.PAYING, ("coin", value):
            return state, f"rejected coin {value!r}"
        case State.PAYING, ("cancel",):
            refund = ctx.pop("paid")
            return State.IDLE, f"refund {refund}"
        case State.DISPENSING, ("take",):
            item = ctx.pop("item")
            ctx.pop("paid")
            return State.IDLE, f"enjoy your {item}"
        case _, (name, *args):
            return state, f"ignored {name} with {len(args)} args in {state.name}"


events = [("select", "C9"), ("select", "A1"), ("coin", 100), ("coin", 3), ("coin", "25"),
          ("coin", 25), ("coin", 25), ("select", "B1"), ("take",), ("select", "B1"),
          ("coin", 100), ("take",), ("select", "A2"), ("coin", 25), ("cancel",), ("kick",),
          ("select", "A1"), ("repair",), ("dance", 1, 2)]
state, ctx = State.IDLE, {}
for ev in events:
    state, msg = handle(state, ctx, ev)
    print(f"{str(ev):<18} -> {state.name:<12} {msg}")
print(ctx, State.PAYING.value, State(3), list(State)[-1])
