def classify(v):
    match v:
        case []:
            return "empty list/tuple"
        case [x]:
            return f"one {x}"
        case [x, *_, y] if x == y:
            return f"same ends {x}"
        case [int() | float() as first, *rest]:
            return f"num first {first} rest {len(rest)}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra {sorted(rest)}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case str() | bytes():
            return "text-ish"
        case _:
            return "other"
for v in [[], (), [1], (2,), [1, 2, 1], [3, "a", "b"], ["a", "b"], {"type": "user", "name": "bo", "age": 3},
          {"type": 9}, {"x": 1}, {}, "abc", b"ab", bytearray(b"x"), range(2), iter([1])]:
    print(type(v).__name__, classify(v))
match {"a": 1, "a2": 2}:
    case {"a": 1, **kw}:
        print("kw", kw)
from collections import OrderedDict, defaultdict
match defaultdict(int):
    case {"missing": 0}:
        print("matched missing")
    case _:
        print("defaultdict does not create keys")
