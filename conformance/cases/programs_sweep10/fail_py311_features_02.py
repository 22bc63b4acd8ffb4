from dataclasses import dataclass
@dataclass(slots=True, kw_only=True)
class P:
    x: int
    y: int = 0
p = P(x=1); print(p, P.__slots__, hasattr(p, "__dict__"))
P(1)
