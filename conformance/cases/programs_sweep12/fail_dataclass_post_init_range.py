from dataclasses import dataclass, field


@dataclass(order=True)
class Reading:
    sensor: str = field(compare=False)
    value: float
    unit: str = field(default="C", compare=False)

    def __post_init__(self):
        if self.unit not in ("C", "F"):
            raise ValueError(f"unknown unit {self.unit!r}")
        if self.unit == "F":
            self.value = round((self.value - 32) * 5 / 9, 2)
            self.unit = "C"


readings = [Reading("a", 21.5), Reading("b", 70.0, "F"), Reading("c", 19.0)]
print(sorted(readings))
print(max(readings).sensor, min(readings).value)
readings.append(Reading("d", 300, "K"))
