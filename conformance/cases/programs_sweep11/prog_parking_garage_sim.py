from collections import OrderedDict


class Garage:
    RATES = {"car": 2.0, "bike": 0.5, "truck": 5.0}

    def __init__(self, capacity):
        self.capacity = capacity
        self.spots = OrderedDict()
        self.revenue = 0.0

    def enter(self, plate, kind, t):
        if kind not in self.RATES:
            raise ValueError(f"unsupported vehicle {kind!r}")
        if plate in self.spots:
            raise KeyError(f"{plate} already parked")
        if len(self.spots) >= self.capacity:
            return False
        self.spots[plate] = (kind, t)
        return True

    def leave(self, plate, t):
        kind, t0 = self.spots.pop(plate)
        hours = max(1, -(-(t - t0) // 60))
        fee = hours * self.RATES[kind]
        self.revenue += fee
        return hours, fee


g = Garage(2)
events = [("in", "AB1", "car", 0), ("in", "XY9", "truck", 10), ("in", "ZZ0", "bike", 15), ("out", "AB1", None, 125),
          ("in", "ZZ0", "bike", 130), ("in", "XY9", "truck", 131), ("in", "Q", "boat", 140), ("out", "XY9", None, 200),
          ("out", "NOPE", None, 210), ("out", "ZZ0", None, 400)]
for op, plate, kind, t in events:
    try:
        if op == "in":
            print(t, "in", plate, g.enter(plate, kind, t))
        else:
            print(t, "out", plate, g.leave(plate, t))
    except (ValueError, KeyError) as e:
        print(t, op, plate, type(e).__name__, e)
print(list(g.spots), g.revenue)
