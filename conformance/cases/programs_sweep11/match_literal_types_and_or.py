def kind(x):
    match x:
        case True:
            return "True literal"
        case 1:
            return "one (not True)"
        case 0.0:
            return "zero-ish"
        case "" | b"" | () | []:
            return "empty"
        case int() | float() as n if n > 100:
            return f"big {type(n).__name__}"
        case [int(), int()] | (int(), int()):
            return "int pair"
        case {"k": _} | {"key": _}:
            return "keyed"
        case str(s) if len(s) == 1:
            return f"char {s!r}"
        case bytes() | bytearray():
            return "binary"
        case None:
            return "nothing"
        case _:
            return f"other {type(x).__name__}"


for x in [True, 1, 1.0, 0, False, 0.0, "", b"", (), [], 101, 100.5, [1, 2], (3, 4), [1, "x"], {"k": 0, "z": 1},
          {"key": 1}, "a", "ab", bytearray(b"x"), None, {1, 2}]:
    print(repr(x), "->", kind(x))
