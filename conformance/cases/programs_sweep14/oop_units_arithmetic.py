# Physical quantities with units: arithmetic, comparison across units,
# __radd__ with 0 for sum(), and TypeError for incompatible units.
import functools


@functools.total_ordering
class Length:
    FACTORS = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0}

    def __init__(self, value, unit="m"):
        if unit not in self.FACTORS:
            raise ValueError(f"unknown unit {unit!r}")
        self.value, self.unit = value, unit

    @property
    def meters(self):
        return self.value * self.FACTORS[self.unit]

    def to(self, unit):
        return Length(self.meters / self.FACTORS[unit], unit)

    def __add__(self, other):
        if not isinstance(other, Length):
            return NotImplemented
        return Length(self.value + other.to(self.unit).value, self.unit)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Length(self.value * k, self.unit)
        return NotImplemented

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Length) and abs(self.meters - other.meters) < 1e-9

    def __lt__(self, other):
        return self.meters < other.meters

    def __repr__(self):
        return f"{self.value:g}{self.unit}"


parts = [Length(1.5, "m"), Length(20, "cm"), Length(300, "mm")]
print(sum(parts), sum(parts, Length(0, "cm")), sorted(parts), max(parts))
print(Length(1, "km") == Length(1000), Length(5, "cm") < Length(0.1, "m"), 3 * Length(2, "cm"))
print(Length(2, "km").to("m"), Length(1234, "mm").to("m"))
for bad in (lambda: Length(1) + 5, lambda: Length(1) * Length(2), lambda: Length(1, "ft"), lambda: 1 + Length(1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
