from enum import Enum, IntEnum, Flag, auto


class Status(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def transitions(self):
        return {
            Status.NEW: {Status.PAID, Status.CANCELLED},
            Status.PAID: {Status.SHIPPED, Status.CANCELLED},
            Status.SHIPPED: {Status.DELIVERED},
        }.get(self, set())

    def can_go(self, other):
        return other in self.transitions

    @property
    def final(self):
        return not self.transitions


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3


class Feature(Flag):
    GIFT_WRAP = auto()
    EXPRESS = auto()
    INSURED = auto()
    PREMIUM = GIFT_WRAP | EXPRESS | INSURED


orders = [("o1", Priority.NORMAL, Feature.EXPRESS), ("o2", Priority.URGENT, Feature.PREMIUM),
          ("o3", Priority.LOW, Feature.GIFT_WRAP | Feature.INSURED)]
for oid, prio, feat in sorted(orders, key=lambda o: -o[1]):
    extras = [f.name for f in Feature if f in feat and f is not Feature.PREMIUM]
    print(f"{oid} {prio.name:<6} {int(prio)} {feat!s:<35} extras={extras}")
state = Status.NEW
for nxt in ["paid", "delivered", "shipped", "delivered", "cancelled"]:
    target = Status(nxt)
    if state.can_go(target):
        state = target
        print("->", state.name, "(final)" if state.final else "")
    else:
        print(f"cannot go {state.value} -> {target.value}")
print([s.name for s in Status if s.final], Status["PAID"].transitions == {Status.SHIPPED, Status.CANCELLED})
print(Priority.URGENT > Priority.LOW, Priority(2), Priority.NORMAL + 1, Feature.PREMIUM.value, bool(Feature(0)))
print(repr(Feature.EXPRESS | Feature.INSURED), Feature.PREMIUM & ~Feature.EXPRESS)
