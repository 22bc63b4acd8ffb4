from dataclasses import dataclass, field


@dataclass
class Base:
    id: int
    tags: list = field(default_factory=list)


print(Base(1), Base(2, ["x"]))


try:
    @dataclass
    class Child(Base):
        name: str
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Child(Base):
    name: str = "unnamed"


print(Child(3), Child(4, [], "kid"))
print(Child(name="x"))
