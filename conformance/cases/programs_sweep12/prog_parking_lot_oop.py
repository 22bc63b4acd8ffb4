from enum import Enum
from datetime import datetime, timedelta


class Size(Enum):
    SMALL = 1
    MEDIUM = 2
    LARGE = 3


class Vehicle:
    size = Size.MEDIUM
    rate = 2.0

    def __init__(self, plate):
        self.plate = plate

    def __repr__(self):
        return f"{type(self).__name__}({self.plate})"


class Motorbike(Vehicle):
    size = Size.SMALL
    rate = 1.0


class Car(Vehicle):
    pass


class Truck(Vehicle):
    size = Size.LARGE
    rate = 5.0


class Lot:
    def __init__(self, spots):
        self.spots = {i: (size, None) for i, size in enumerate(spots)}
        self.tickets = {}

    def park(self, v, when):
        free = [i for i, (s, occ) in self.spots.items() if occ is None and s.value >= v.size.value]
        if not free:
            return f"no spot for {v}"
        spot = min(free, key=lambda i: (self.spots[i][0].value, i))
        self.spots[spot] = (self.spots[spot][0], v)
        self.tickets[v.plate] = (spot, when)
        return f"{v} -> spot {spot} ({self.spots[spot][0].name})"

    def leave(self, plate, when):
        spot, since = self.tickets.pop(plate)
        size, v = self.spots[spot]
        self.spots[spot] = (size, None)
        hours = -(-(when - since) // timedelta(hours=1))
        return f"{v} leaves spot {spot} after {hours}h, pays ${hours * v.rate:.2f}"


lot = Lot([Size.SMALL, Size.MEDIUM, Size.MEDIUM, Size.LARGE])
t0 = datetime(2024, 6, 1, 8, 0)
for i, v in enumerate([Car("C1"), Motorbike("M1"), Truck("T1"), Car("C2"), Car("C3"), Motorbike("M2")]):
    print(lot.park(v, t0 + timedelta(minutes=10 * i)))
print(lot.leave("C1", t0 + timedelta(hours=2, minutes=5)))
print(lot.leave("T1", t0 + timedelta(hours=5)))
print(lot.park(Car("C3"), t0 + timedelta(hours=6)))
print(sorted(lot.tickets))
