def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case list():
            return "empty list"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case _:
            return "other"
for v in [True, 0, -4, 7, 2.5, "", "s", b"x", [9, 8], [], (1, 2), (1, 2, 3), {"k": 1}, {"j": 1}, {1}, frozenset(), None]:
    print(repr(v), kind(v))
class MyStr(str):
    pass
class MyInt(int):
    pass
match MyStr("sub"):
    case str(s):
        print("subclass of str matches self", s, type(s).__name__)
match MyInt(3):
    case int(3):
        print("MyInt(3) matches int(3)")
match 3:
    case MyInt():
        print("no")
    case int(real=r, imag=i):
        print("keyword attrs on int", r, i)
match 5.0:
    case int():
        print("no")
    case float(5):
        print("float(5) matches 5.0")
