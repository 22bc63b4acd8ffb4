# Type-based dispatch with class patterns of built-in types.
def describe(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f) if f != f:
            return "nan"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str of {len(s)}"
        case bytes(b) | bytearray(b):
            return f"{type(b).__name__} {b.hex()}"
        case (int(), int()) as pair:
            return f"int pair {pair}"
        case list([*items]) if all(isinstance(i, str) for i in items):
            return f"str list {items}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return f"set-like of {len(value)}"
        case None:
            return "None"
        case _:
            return f"other {type(value).__name__}"


for v in [True, -4, 7, float("nan"), 2.5, "", "abc", b"\x01\xff", bytearray(b"z"),
          (1, 2), (1, "2"), ["a", "b"], ["a", 1], {"k": 0, "j": 1}, {1, 2}, frozenset(), None, 3j]:
    print(f"{v!r:20} -> {describe(v)}")
