from dataclasses import dataclass
from typing import Callable


@dataclass
class Rule:
    name: str
    applies: Callable
    discount: Callable
    priority: int = 0


@dataclass
class Order:
    customer: str
    items: dict
    member: bool = False

    @property
    def subtotal(self):
        return sum(q * p for q, p in self.items.values())


RULES = [
    Rule("member 10%", lambda o: o.member, lambda o: o.subtotal * 0.10, 2),
    Rule("bulk", lambda o: sum(q for q, _ in o.items.values()) >= 10, lambda o: 5.0, 1),
    Rule("big spender", lambda o: o.subtotal > 100, lambda o: 15.0, 3),
    Rule("broken", lambda o: o.items["coupon"], lambda o: 1.0, 0),
]


def price(order):
    total = order.subtotal
    applied = []
    for rule in sorted(RULES, key=lambda r: -r.priority):
        try:
            if rule.applies(order):
                d = rule.discount(order)
                total -= d
                applied.append(f"{rule.name}(-{d:.2f})")
        except KeyError as e:
            applied.append(f"{rule.name} skipped: missing {e}")
    return max(total, 0), applied


orders = [
    Order("ann", {"pen": (12, 1.25)}, member=True),
    Order("bob", {"tv": (1, 299.0)}),
    Order("cy", {"gum": (2, 0.5), "coupon": (1, 0.0)}),
]
for o in orders:
    t, why = price(o)
    print(f"{o.customer:>4}: {o.subtotal:8.2f} -> {t:8.2f}  {'; '.join(why)}")
