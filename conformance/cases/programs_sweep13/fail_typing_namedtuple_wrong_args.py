from typing import NamedTuple


class Reading(NamedTuple):
    sensor: str
    value: float
    unit: str = "C"


r = Reading("t1", 21.5)
print(r, r._replace(unit="F"), r.value * 2)
print(Reading("t2", 19.0, "F", "extra"))
