# A field's default that is a descriptor gets __set_name__ through Field's
# own __set_name__; field(metadata=...) must be a mapping.
from dataclasses import dataclass, field


class Named:
    def __set_name__(self, owner, name):
        self.name = f"{owner.__name__}.{name}"

    def __get__(self, instance, owner):
        return self if instance is None else 42


@dataclass
class Plain:
    a: int = Named()


@dataclass
class ViaField:
    b: int = field(default=Named())


print(Plain.__dict__["a"].name, ViaField.__dict__["b"].name, type(ViaField().b).__name__)
for metadata in (5, [("k", 1)], (1, 2), {"k": 1}, None):
    try:
        print(dict(field(metadata=metadata).metadata))
    except TypeError as e:
        print("TypeError:", e)
