from dataclasses import dataclass
@dataclass(order=True)
class P:
    a: int
P(1) < 2
