# min() and max() over positional arguments: the order of the comparisons,
# which of equal items wins, and the errors.
class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  {self.v} < {other.v}")
        return self.v < other.v
    def __gt__(self, other):
        print(f"  {self.v} > {other.v}")
        return self.v > other.v
    def __repr__(self):
        return f"Loud({self.v})"

print("max:", max(Loud(2), Loud(5), Loud(5), Loud(1)))
print("min:", min(Loud(2), Loud(0), Loud(0), Loud(7)))
a, b = 1, 1.0
print(max(a, b), min(a, b), max(b, a), min(b, a), max(True, 1), min(1, True))
print(max(3, 9, 2, key=lambda x: -x), min("bb", "a", "ccc", key=len), max(1, 2, 3, key=None))
for call in (lambda: max(1, "a"), lambda: min("a", 1), lambda: max(1, 2, default=0),
             lambda: max(), lambda: min(1, 2, foo=1), lambda: max([], default=None)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

class Bad:
    def __gt__(self, other):
        raise ValueError("no order")
try:
    max(1, Bad())
except ValueError as e:
    print("ValueError:", e)
print(max(*range(5)), min(*"hello"), max(2.5, 2, 3 - 1j.imag * 0))
