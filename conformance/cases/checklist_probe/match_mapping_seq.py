def m(x):
    match x:
        case {"type": "point", "x": px, **rest} if not rest:
            return f"bare point {px}"
        case {"type": "point", **rest}:
            return f"point with extras {sorted(rest.items())}"
        case {1: one, 2.0: two}:
            return f"numeric keys {one} {two}"
        case {}:
            return f"any mapping len={len(x)}"
        case [1, [2, *inner], *tail]:
            return f"nested {inner} {tail}"
        case [*_, last] if isinstance(last, str):
            return f"ends with str {last}"
        case (a, b, *_):
            return f"seq {a} {b}"
        case _:
            return f"nope {x!r}"

for v in [{"type": "point", "x": 1}, {"type": "point", "x": 1, "y": 2}, {1: "a", 2: "b"},
          {True: "t", 2: "u"}, {"z": 0}, [1, [2, 3, 4], 5], [1, [2]], [0, "s"], "abc", b"ab",
          bytearray(b"xy"), (9, 8, 7), range(3), [5], iter([1, 2]), {"type": "circle"}]:
    print(m(v))

from collections import defaultdict, OrderedDict, UserDict
dd = defaultdict(lambda: "dflt", {"a": 1})
match dd:
    case {"missing": v}:
        print("defaultdict created", v)
    case {"a": v}:
        print("defaultdict a", v, sorted(dd))
match OrderedDict(a=1):
    case {"a": 1}:
        print("OrderedDict ok")
match UserDict(a=1):
    case {"a": v}:
        print("UserDict", v)
    case _:
        print("UserDict not a mapping?")
class Getter:
    def __getitem__(self, k):
        return 1
match Getter():
    case {"a": 1}:
        print("should not")
    case _:
        print("not a mapping")
class Mapping(dict):
    def get(self, k, default=None):
        print("get called", k)
        return super().get(k, default)
match Mapping(a=1):
    case {"a": v}:
        print("dict subclass", v)
try:
    match {"a": 1}:
        case {"a": 1, "a": 2}:
            pass
except ValueError as e:
    print(type(e).__name__, e)
k = "a"
match {"a": 5}:
    case {"b": 1} | {"a": 5}:
        print("or mapping")
class C:
    K = "a"
match {"a": 7}:
    case {C.K: v}:
        print("value key", v)
match []:
    case []:
        print("empty list matches []")
match ():
    case [*x]:
        print("star on empty", x)
match [1, 2, 3, 4]:
    case [a, *_, b]:
        print(a, b)
match "x":
    case [c]:
        print("str is sequence?")
    case _:
        print("str is not a sequence")
