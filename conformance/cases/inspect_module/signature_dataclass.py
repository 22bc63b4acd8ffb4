import inspect
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)

print(inspect.signature(Item))

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1

print(inspect.signature(Opts))
print(inspect.signature(Item.__eq__))
