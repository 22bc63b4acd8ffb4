from dataclasses import dataclass
@dataclass
class A:
    x: int
hash(A(1))
