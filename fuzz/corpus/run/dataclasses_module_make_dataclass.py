# make_dataclass builds the class a @dataclass statement would.
from dataclasses import make_dataclass, field, fields, asdict, FrozenInstanceError
import dataclasses

Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=3))],
                       namespace={"norm1": lambda self: abs(self.x) + abs(self.y) + abs(self.z)})
p = Point(1, -2)
print(p, p.norm1(), Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__annotations__)
print([f.name for f in fields(Point)], asdict(p), p == Point(1, -2, 3))
print(Point.__match_args__, dataclasses.is_dataclass(Point))

class Base:
    def hello(self):
        return f"hello from {type(self).__name__}"

Frozen = make_dataclass("Frozen", [("a", int), ("b", list, field(default_factory=list))],
                        bases=(Base,), frozen=True, order=True)
f = Frozen(1)
print(f, f.hello(), isinstance(f, Base), Frozen(1) < Frozen(2), hash(Frozen(1, ())) == hash(Frozen(1, ())))
try:
    f.a = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
Slotted = make_dataclass("Slotted", ["u", "v"], slots=True, kw_only=True)
s = Slotted(u=1, v=2)
print(s, Slotted.__slots__)
try:
    Slotted(1, 2)
except TypeError as e:
    print("TypeError", e)
for bad in [["x", "x"], ["class"], ["1x"], [("a", int, 0, 4)], [3]]:
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError", e)
Empty = make_dataclass("Empty", [], repr=False, eq=False)
print(Empty.__name__, fields(Empty), Empty() == Empty())
WithMod = make_dataclass("WithMod", ["q"], namespace={"__module__": "shapes"})
print(WithMod.__module__, WithMod(q=1))
