# str methods and operators meeting user-defined classes: __str__/__repr__,
# __index__ arguments, mapping tables for translate and %, __radd__/__rmul__
# taking priority over str's own error.
class A:
    def __str__(self):
        return "custom"
class B:
    def __repr__(self):
        return "B()"
print(str(A()), str(B()), "%s %r" % (A(), B()), [B()], "%a" % B())

class Index:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
s = "abcdef"
print(s[Index(2)], s[Index(1):Index(4)], s.center(Index(10), "*"), s.zfill(Index(8)),
      s.find("d", Index(1)), "ab" * Index(3), Index(2) * "xy", "%x|%c|%d" % (Index(255), Index(65), Index(7)))

class Table:
    def __getitem__(self, key):
        if key == ord("a"):
            return "A"
        raise LookupError(key)
print("banana".translate(Table()))
class Bad:
    def __getitem__(self, key):
        raise ValueError("bad key %d" % key)
try:
    print("ab".translate(Bad()))
except ValueError as e:
    print("ValueError", e)

class Mapping:
    def __getitem__(self, key):
        return key.upper()
print("%(name)s and %(other)r" % Mapping(), "%s" % Mapping.__name__)

class RAdd:
    def __radd__(self, other):
        return "radd:" + other
    def __rmul__(self, other):
        return "rmul:" + other
print("x" + RAdd(), "y" * RAdd())

class Plain:
    pass
for call in [lambda: "x" + Plain(), lambda: "x" * Plain(), lambda: Plain() * "x"]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)

def words():
    yield "gen"
    yield "erated"
print("-".join(words()), "".join(map(str, [1, 2, 3])))

class MyStr(str):
    pass
m = MyStr("sub")
print(m.upper(), m + "!", type(m.upper()).__name__, isinstance(m, str), str(m), len(m), m == "sub")
