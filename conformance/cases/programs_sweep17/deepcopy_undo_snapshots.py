# Undo/redo for an editor-like game state with copy.deepcopy snapshots:
# shared references stay shared inside a snapshot, custom objects copy their
# attributes, and a pathologically deep state fails with RecursionError.
import copy
from dataclasses import dataclass, field

@dataclass
class Unit:
    name: str
    hp: int
    pos: tuple
    inventory: list = field(default_factory=list)

class History:
    def __init__(self, state):
        self.state = state
        self.undo_stack = []
        self.redo_stack = []

    def apply(self, label, fn):
        self.undo_stack.append((label, copy.deepcopy(self.state)))
        self.redo_stack.clear()
        fn(self.state)
        print(f"apply {label:<12} -> {self.summary()}")

    def undo(self):
        label, snap = self.undo_stack.pop()
        self.redo_stack.append((label, copy.deepcopy(self.state)))
        self.state = snap
        print(f"undo  {label:<12} -> {self.summary()}")

    def redo(self):
        label, snap = self.redo_stack.pop()
        self.undo_stack.append((label, copy.deepcopy(self.state)))
        self.state = snap
        print(f"redo  {label:<12} -> {self.summary()}")

    def summary(self):
        s = self.state
        units = ", ".join(f"{u.name}:{u.hp}@{u.pos}" for u in s["units"])
        return f"turn={s['turn']} units=[{units}] log={len(s['log'])}"

shared_potion = ["potion", 2]
state = {
    "turn": 1,
    "units": [Unit("knight", 30, (0, 0), [shared_potion]), Unit("archer", 18, (2, 1), [shared_potion, ["arrows", 20]])],
    "log": [],
    "meta": {"seed": 7, "tags": ("alpha", ("nested", [1, 2]))},
}
h = History(state)

def move(s):
    s["units"][0].pos = (1, 0)
    s["turn"] += 1
    s["log"].append("knight moved")

def hit(s):
    s["units"][1].hp -= 7
    s["units"][1].inventory[1][1] -= 3
    s["log"].append("archer hit")

def drink(s):
    s["units"][0].inventory[0][1] -= 1
    s["units"][0].hp += 5

h.apply("move", move)
h.apply("hit", hit)
h.apply("drink", drink)
inv = h.state["units"]
print("potion shared in state:", inv[0].inventory[0] is inv[1].inventory[0], inv[1].inventory[0])
h.undo()
h.undo()
inv = h.state["units"]
print("potion shared after undo:", inv[0].inventory[0] is inv[1].inventory[0], inv[0].inventory[0], "original:", shared_potion)
h.redo()
h.apply("move2", move)
print("redo stack cleared:", h.redo_stack == [], [label for label, _ in h.undo_stack])
snap = copy.deepcopy(h.state)
print(snap["meta"]["tags"] == state["meta"]["tags"], snap["meta"]["tags"][1] is state["meta"]["tags"][1],
      snap["meta"]["tags"][0] is state["meta"]["tags"][0])
flat = copy.copy(h.state)
print(flat["units"] is h.state["units"], flat is not h.state, copy.copy(inv[0]) == inv[0], copy.copy(inv[0]) is not inv[0])

def nested(kind, depth):
    node = "leaf"
    for _ in range(depth):
        node = [node] if kind == "list" else {"child": node} if kind == "dict" else (node, "x")
    return node

for kind, depth in [("list", 200), ("dict", 200), ("tuple", 150), ("list", 800), ("dict", 800), ("tuple", 600)]:
    try:
        c = copy.deepcopy(nested(kind, depth))
        print(f"{kind:5} depth {depth}: copied, equal={c == nested(kind, depth)}")
    except RecursionError as exc:
        print(f"{kind:5} depth {depth}: RecursionError: {exc}")
