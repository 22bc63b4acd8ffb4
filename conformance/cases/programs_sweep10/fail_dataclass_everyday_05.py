from dataclasses import dataclass
@dataclass(frozen=True)
class F:
    a: int
f = F(1)
del f.a
