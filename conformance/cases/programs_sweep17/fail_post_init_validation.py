# Dataclass __post_init__ validation failing from inside a list comprehension.
from dataclasses import dataclass, field
from datetime import date

@dataclass(order=True)
class Booking:
    start: date
    end: date
    guest: str = field(compare=False)
    def __post_init__(self):
        if self.end <= self.start:
            raise ValueError(f"booking for {self.guest}: end {self.end} not after start {self.start}")
    @property
    def nights(self):
        return (self.end - self.start).days

raw = [("2024-05-01", "2024-05-04", "ann"), ("2024-04-20", "2024-04-21", "bob"),
       ("2024-06-10", "2024-06-09", "cy")]
ok = sorted(Booking(date.fromisoformat(s), date.fromisoformat(e), g) for s, e, g in raw[:2])
for b in ok:
    print(b, b.nights)
bookings = [Booking(date.fromisoformat(s), date.fromisoformat(e), g) for s, e, g in raw]
