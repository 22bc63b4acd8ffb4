# __eq__ returning NotImplemented: the reflected __eq__ is tried, then
# identity; != inverts __eq__ unless __ne__ is defined; ordering
# operators raise TypeError when both sides return NotImplemented.
class A:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"A({self.name}).__eq__({type(other).__name__})")
        return NotImplemented


class B:
    def __eq__(self, other):
        print("B.__eq__")
        return "truthy string"


a, a2 = A("x"), A("y")
print(a == a2)
print(a == a)
print(a != a2)
print(a == B())
print(B() == a)
print(a != B())
print([a] == [a], [a] == [a2])
print(a in [a2, a])

class Lt:
    def __lt__(self, other):
        return NotImplemented
try:
    Lt() < Lt()
except TypeError as e:
    print("TypeError", e)
try:
    Lt() >= 5
except TypeError as e:
    print("TypeError", e)

class Gt:
    def __gt__(self, other):
        print("Gt.__gt__ reflected")
        return True
print(Lt() < Gt())
print(5 < Gt())

class NeOnly:
    def __ne__(self, other):
        return "ne result"
print(NeOnly() != 1, NeOnly() == NeOnly())

class EqRaises:
    def __eq__(self, other):
        raise ValueError("eq failed")
try:
    [EqRaises()] == [EqRaises()]
except ValueError as e:
    print("ValueError", e)
x = EqRaises()
print([x] == [x], x in [x])
print(NotImplemented == NotImplemented, bool(1 .__eq__("a") is NotImplemented))
