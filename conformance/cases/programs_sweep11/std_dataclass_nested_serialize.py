from dataclasses import dataclass, field, asdict, fields, is_dataclass
import json


@dataclass
class Address:
    street: str
    city: str
    zip: str = ""


@dataclass
class Person:
    name: str
    age: int
    address: Address
    tags: list = field(default_factory=list)
    nickname: str | None = None


def from_dict(cls, data):
    kwargs = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        v = data[f.name]
        if isinstance(f.type, type) and is_dataclass(f.type):
            v = from_dict(f.type, v)
        kwargs[f.name] = v
    return cls(**kwargs)


p = Person("Ann", 31, Address("1 Main St", "Springfield"), ["admin"])
d = asdict(p)
text = json.dumps(d, sort_keys=True)
print(text)
q = from_dict(Person, json.loads(text))
print(q, q == p, q.address.city)
try:
    from_dict(Person, {"name": "x", "address": {"street": "s", "city": "c"}})
except TypeError as e:
    print("TypeError", e)
print([(f.name, f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))) for f in fields(Person)])
