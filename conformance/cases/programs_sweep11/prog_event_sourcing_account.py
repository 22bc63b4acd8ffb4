from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Opened:
    owner: str


@dataclass(frozen=True)
class Deposited:
    amount: int


@dataclass(frozen=True)
class Withdrew:
    amount: int


@dataclass(frozen=True)
class Closed:
    pass


Event = Union[Opened, Deposited, Withdrew, Closed]


def apply(state, ev):
    match ev, state:
        case Opened(owner), None:
            return {"owner": owner, "balance": 0, "open": True}
        case _, None:
            raise ValueError(f"{type(ev).__name__} before Opened")
        case _, {"open": False}:
            raise ValueError(f"account closed, cannot apply {ev}")
        case Deposited(amount=a), _ if a > 0:
            return {**state, "balance": state["balance"] + a}
        case Withdrew(amount=a), {"balance": b} if 0 < a <= b:
            return {**state, "balance": b - a}
        case Withdrew(amount=a), _:
            raise ValueError(f"insufficient funds for {a}")
        case Closed(), _:
            return {**state, "open": False}
        case _:
            raise ValueError(f"invalid event {ev!r}")


streams = [
    [Opened("ann"), Deposited(100), Withdrew(30), Closed()],
    [Deposited(5)],
    [Opened("bob"), Withdrew(1)],
    [Opened("cy"), Closed(), Deposited(1)],
    [Opened("dee"), Deposited(-5)],
]
for events in streams:
    state = None
    try:
        for ev in events:
            state = apply(state, ev)
        print("ok", state)
    except ValueError as e:
        print("error", e, "| last state", state)
