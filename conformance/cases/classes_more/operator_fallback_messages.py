class A:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v})"
    def __add__(self, o):
        if isinstance(o, A): return A(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, int): return A(self.v + o)
        return NotImplemented
    def __mul__(self, o): return NotImplemented
    def __lt__(self, o):
        if isinstance(o, A): return self.v < o.v
        return NotImplemented
    def __eq__(self, o):
        if isinstance(o, A): return self.v == o.v
        return NotImplemented

class B(A):
    def __radd__(self, o):
        return "B.radd"

print(A(1) + A(2))
print(3 + A(2))
print(sum([A(1), A(2)], A(0)))
print(sum([A(1), A(2)]))
print(A(1) + B(2))
try:
    A(1) + 1
except TypeError as e: print(e)
try:
    A(1) * 2
except TypeError as e: print(e)
try:
    2 * A(1)
except TypeError as e: print(e)
try:
    A(1) < 3
except TypeError as e: print(e)
try:
    A(1) >= A(2)
except TypeError as e: print(e)
print(A(1) == 1, A(1) != 1, A(1) == A(1), A(1) != A(2))
print(sorted([A(3), A(1), A(2)]))
print(max(A(3), A(1)))
try:
    "x" + A(1)
except TypeError as e: print(e)
try:
    [1] + A(1)
except TypeError as e: print(e)
try:
    A(1) - A(2)
except TypeError as e: print(e)
try:
    -A(1)
except TypeError as e: print(e)
try:
    ~A(1)
except TypeError as e: print(e)
try:
    abs(A(1))
except TypeError as e: print(e)
try:
    A(1) ** 2
except TypeError as e: print(e)
try:
    pow(A(1), 2, 3)
except TypeError as e: print(e)
try:
    A(1) @ A(2)
except TypeError as e: print(e)
try:
    x = A(1); x += 1
except TypeError as e: print(e)
try:
    x = A(1); x -= 1
except TypeError as e: print(e)
try:
    x = 5; x //= A(1)
except TypeError as e: print(e)
try:
    divmod(A(1), 2)
except TypeError as e: print(e)
try:
    A(1) << 2
except TypeError as e: print(e)
try:
    A(1) & 2
except TypeError as e: print(e)
try:
    None + 1
except TypeError as e: print(e)
try:
    1 < "a"
except TypeError as e: print(e)
try:
    [1] < (1,)
except TypeError as e: print(e)
try:
    None < None
except TypeError as e: print(e)
