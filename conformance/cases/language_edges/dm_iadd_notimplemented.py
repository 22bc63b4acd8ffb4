# An in-place operator returning NotImplemented falls back to the binary
# operator, then the reflected one; the result is rebound.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("__iadd__", type(other).__name__)
        if isinstance(other, int):
            self.v += other
            return self
        return NotImplemented
    def __add__(self, other):
        print("__add__", type(other).__name__)
        if isinstance(other, str):
            return f"added {other}"
        return NotImplemented
    def __repr__(self):
        return f"Acc({self.v})"


x = Acc(1)
x += 5
print(x)
x += "s"
print(x)

class Rad:
    def __radd__(self, other):
        print("Rad.__radd__")
        return "radd result"

y = Acc(0)
y += Rad()
print(y)

z = Acc(0)
try:
    z += 1.5
except TypeError as e:
    print("TypeError", e)

class OnlyIadd:
    def __iadd__(self, other):
        return NotImplemented
w = OnlyIadd()
try:
    w += 1
except TypeError as e:
    print("TypeError", e)
try:
    w -= 1
except TypeError as e:
    print("TypeError", e)

class ReturnsNone:
    def __imul__(self, other):
        return None
r = ReturnsNone()
r *= 3
print(r)

lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
try:
    lst = lst + (4,)
except TypeError as e:
    print("TypeError", e)
t = (1,)
t += (2,)
print(t)
s = {1}
s |= {2}
s &= {2, 3}
print(s)
d = {"a": 1}
d |= [("b", 2)]
print(d)
try:
    d | [("c", 3)]
except TypeError as e:
    print("TypeError", e)
tup = ([],)
try:
    tup[0] += [1]
except TypeError as e:
    print("TypeError", e, tup)
