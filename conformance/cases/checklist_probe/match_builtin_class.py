def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(0 | 1 as small):
            return f"small {small}"
        case int():
            return "int"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"bytes-ish {b!r}"
        case list([a, *rest]):
            return f"list head {a} rest {rest}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": v}):
            return f"dict k={v}"
        case frozenset() | set():
            return f"set-ish {sorted(x)}"
        case _:
            return f"other {type(x).__name__}"

for v in [True, False, -3, 0, 1, 7, 2.5, "", "hi", b"b", bytearray(b"ba"), [1, 2, 3], [],
          (1, 2), (1, 2, 3), {"k": 1, "z": 2}, {"q": 1}, {3, 1}, frozenset([2]), None, 1j]:
    print(repr(v), "->", kind(v))

class MyInt(int):
    pass
match MyInt(5):
    case int(v):
        print("MyInt matched int", v, type(v).__name__)
try:
    match 5:
        case int(a, b):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)
try:
    match "s":
        case str(x, y):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(real=r):
            print("int real", r)
except TypeError as e:
    print(type(e).__name__, e)
match 3+4j:
    case complex(real=r, imag=i):
        print("complex", r, i)
match 5:
    case float():
        print("float?")
    case object():
        print("object matched")
try:
    f = len
    match 1:
        case f():
            pass
except (TypeError, NameError) as e:
    print(type(e).__name__, e)
