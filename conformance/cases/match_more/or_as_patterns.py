def f(x):
    match x:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [("a" | "b") as letter, (int() | float()) as num]:
            return f"letter {letter} num {num}"
        case {"k": [_, *_] as lst} | {"alt": lst}:
            return f"list {lst}"
        case (str() | bytes()) as s if len(s) > 3:
            return f"long stringish {s!r}"
        case [x, y] | (x, y, _):
            return f"x={x} y={y}"
        case _ as anything:
            return f"fallback {anything!r}"
for v in [1, 3, 4, ["a", 1], ["b", 2.5], ["c", 1], {"k": [1, 2]}, {"k": []}, {"alt": "z"}, "hello", b"long!", "hi", (7, 8), [7, 8, 9], None]:
    print(f(v))
match 5:
    case 1 | 2:
        print("no")
    case 3 | 4 | 5 as n:
        print("as binds whole or-pattern", n)
match [1, (2, 3)]:
    case [a, (b, c) as inner] as whole:
        print(a, b, c, inner, whole)
