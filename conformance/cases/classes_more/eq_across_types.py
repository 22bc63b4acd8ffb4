class Meter:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Meter):
            return self.v == other.v
        if isinstance(other, (int, float)):
            return self.v == other
        return NotImplemented

    __hash__ = None


print(Meter(3) == Meter(3), Meter(3) == 3, 3 == Meter(3), Meter(3) == 3.0)
print(Meter(3) != 4, 4 != Meter(3), Meter(1) == "1", "1" == Meter(1))
print(Meter(2) in [1, 2, 3], [1, 2, 3].index(Meter(2)), [Meter(1), Meter(2)].count(2))
print((Meter(1), 2) == (1, 2), [Meter(5)] == [5], {"k": Meter(1)} == {"k": 1})
try:
    {Meter(1): 1}
except TypeError as e:
    print("TypeError", e)
