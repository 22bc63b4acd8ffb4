def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "zero"
        case int(i) if i < 0:
            return "negative"
        case int():
            return "int"
        case float(f) if f != f:
            return "nan"
        case str("") :
            return "empty str"
        case list([a, b]):
            return f"pair list {a},{b}"
        case tuple((a, *_)):
            return f"tuple starting {a}"
        case dict({"k": v}):
            return f"dict k={v}"
        case frozenset() | set():
            return f"set of {len(x)}"
        case bytes(b"\x00"):
            return "nul byte"
    return "fallthrough"
for v in [True, 0, -3, 7, float("nan"), 1.5, "", "x", [1, 2], [1], (9, 8), {"k": 2}, {1, 2}, frozenset(), b"\x00"]:
    print(kind(v))
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError", e)
