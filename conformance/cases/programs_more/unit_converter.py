class UnitError(Exception):
    pass


class Unit:
    def __init__(self, name, dim, factor, offset=0.0):
        self.name, self.dim, self.factor, self.offset = name, dim, factor, offset

    def to_base(self, v):
        return (v + self.offset) * self.factor

    def from_base(self, v):
        return v / self.factor - self.offset


class Quantity:
    registry = {}

    @classmethod
    def define(cls, name, dim, factor, offset=0.0, aliases=()):
        u = Unit(name, dim, factor, offset)
        for n in (name, *aliases):
            cls.registry[n] = u

    def __init__(self, value, unit):
        if unit not in self.registry:
            raise UnitError(f"unknown unit {unit!r}")
        self.value, self.unit = value, self.registry[unit]

    @classmethod
    def parse(cls, text):
        num, unit = text.split(maxsplit=1)
        return cls(float(num), unit.strip())

    def to(self, unit):
        target = self.registry.get(unit)
        if target is None:
            raise UnitError(f"unknown unit {unit!r}")
        if target.dim != self.unit.dim:
            raise UnitError(f"cannot convert {self.unit.dim} to {target.dim}")
        return Quantity(target.from_base(self.unit.to_base(self.value)), target.name)

    def __add__(self, other):
        return Quantity(self.value + other.to(self.unit.name).value, self.unit.name)

    def __lt__(self, other):
        return self.unit.to_base(self.value) < other.to(self.unit.name).unit.to_base(other.to(self.unit.name).value)

    def __repr__(self):
        return f"{self.value:.4g} {self.unit.name}"


Q = Quantity
Q.define("m", "length", 1.0, aliases=("meter", "metre"))
Q.define("km", "length", 1000.0)
Q.define("cm", "length", 0.01)
Q.define("in", "length", 0.0254, aliases=("inch",))
Q.define("ft", "length", 0.3048, aliases=("foot", "feet"))
Q.define("mi", "length", 1609.344, aliases=("mile",))
Q.define("K", "temperature", 1.0)
Q.define("C", "temperature", 1.0, 273.15)
Q.define("F", "temperature", 5 / 9, 459.67)
Q.define("kg", "mass", 1.0)
Q.define("lb", "mass", 0.45359237)
Q.define("oz", "mass", 0.028349523125)

requests = [("5 km", "mi"), ("6 feet", "cm"), ("100 C", "F"), ("-40 F", "C"), ("0 K", "C"),
            ("1 mile", "foot"), ("12 oz", "lb"), ("70 kg", "lb"), ("3 m", "kg"), ("2 parsec", "m"),
            ("98.6 F", "K"), ("1 inch", "parsec")]
for text, unit in requests:
    try:
        q = Q.parse(text)
        print(f"{text:>9} = {q.to(unit)!r}")
    except UnitError as e:
        print(f"{text:>9} ! UnitError: {e}")
total = Q(1, "km") + Q(500, "m") + Q(1, "mi")
print(total, total.to("mi"))
print(sorted([Q(1, "mi"), Q(1, "km"), Q(5000, "ft"), Q(40000, "in")]))
print(sorted(k for k, u in Q.registry.items() if u.dim == "length"))
