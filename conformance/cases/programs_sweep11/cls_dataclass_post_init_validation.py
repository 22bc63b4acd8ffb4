from dataclasses import dataclass, field
from datetime import date


@dataclass
class Booking:
    guest: str
    check_in: date
    check_out: date
    rooms: int = 1
    nights: int = field(init=False)
    notes: list[str] = field(default_factory=list)

    def __post_init__(self):
        if not self.guest.strip():
            raise ValueError("guest name required")
        if self.check_out <= self.check_in:
            raise ValueError(f"check_out {self.check_out} must be after check_in {self.check_in}")
        if not 1 <= self.rooms <= 5:
            raise ValueError(f"rooms must be 1..5, got {self.rooms}")
        self.nights = (self.check_out - self.check_in).days

    def cost(self, rate=120):
        return self.nights * self.rooms * rate


attempts = [
    ("ann", date(2024, 5, 1), date(2024, 5, 4), 1),
    ("bob", date(2024, 5, 3), date(2024, 5, 3), 1),
    ("  ", date(2024, 5, 1), date(2024, 5, 2), 1),
    ("cy", date(2024, 5, 1), date(2024, 5, 8), 2),
    ("dee", date(2024, 5, 1), date(2024, 5, 2), 9),
]
for args in attempts:
    try:
        b = Booking(*args)
        print(b, b.cost())
    except ValueError as e:
        print("ValueError", e)
