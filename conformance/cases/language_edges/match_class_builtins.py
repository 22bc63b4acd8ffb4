# Class patterns on builtins: one positional sub-pattern matches the whole
# subject (int(x), str(x), ...), two are an error; keyword sub-patterns
# read attributes.
def describe(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(real=r, imag=i):
            return f"float real={r} imag={i}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([x, *rest]):
            return f"list starting {x} then {rest}"
        case tuple((a, b)):
            return f"pair {a}, {b}"
        case dict({"k": v}):
            return f"dict k={v}"
        case frozenset(fs):
            return f"frozenset of {len(fs)}"
        case complex(imag=0.0):
            return "complex without imag"
        case _:
            return f"other {type(value).__name__}"


for v in [True, 0, -4, 12, 2.5, "", "hi", b"x", [1, 2, 3], (4, 5), {"k": 9},
          frozenset({1, 2}), 3 + 0j, 1j, None, [], ()]:
    print(repr(v), "->", describe(v))

class MyInt(int):
    pass

match MyInt(7):
    case int(x):
        print("subclass matched", x, type(x).__name__)

try:
    match 5:
        case int(a, b):
            print("unreachable")
except TypeError as e:
    print("TypeError", e)

class Plain:
    pass
try:
    match Plain():
        case Plain(1):
            pass
except TypeError as e:
    print("TypeError", e)

try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError", e)
