# sorted() and list.sort with user comparisons: a __lt__ returning NotImplemented
# is called again through the full protocol (then the reflected __gt__), and
# the TypeError names the operands, as CPython's unsafe_object_compare does.
class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return NotImplemented
    def __gt__(self, o):
        print("gt", self.v, getattr(o, "v", o))
        return NotImplemented
    def __repr__(self): return f"A({self.v})"
try:
    sorted([A(1), A(2), A(3)])
except TypeError as e:
    print("TypeError", e)
class B:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("B.lt", self.v, o.v)
        return NotImplemented
    def __gt__(self, o):
        print("B.gt", self.v, o.v)
        return self.v > o.v
    def __repr__(self): return f"B({self.v})"
print(sorted([B(3), B(1), B(2)]))
l = [B(2), B(1)]
l.sort(reverse=True)
print(l)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("C.lt", self.v, o.v)
        return self.v < o.v
    def __repr__(self): return f"C({self.v})"
print(sorted([C(3), C(1), C(2)]))
print(max([C(3), C(1), C(2)]), min([C(3), C(1)]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([A(1), 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([2, A(1)])
except TypeError as e:
    print("TypeError", e)
class D(int):
    def __lt__(self, o):
        print("D.lt", int(self), o)
        return NotImplemented
print(sorted([D(2), D(1)]))
try:
    max([A(1), A(2)])
except TypeError as e:
    print("TypeError", e)
import heapq
h = [B(3), B(1), B(2)]
heapq.heapify(h)
print(h)
class E:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("E.lt", self.v, o.v)
        return 1 if self.v < o.v else 0
    def __repr__(self): return f"E({self.v})"
print(sorted([E(2), E(1), E(3)]))
print(sorted([B(3), B(1), B(2)], key=lambda b: b))
