class Obj:
    def __init__(self):
        self.a = [10, 20, {"k": "v"}]
        self.name = "obj"
    def __getitem__(self, k):
        return f"item[{k!r}]"
o = Obj()
tests = [
    ("{0.a[1]}", (o,), {}), ("{x.a[2][k]}", (), {"x": o}), ("{0[abc]}", (o,), {}),
    ("{0[1]}", (o,), {}), ("{0[-1]}", (o,), {}), ("{0[ 1]}", (o,), {}), ("{0[1.5]}", (o,), {}),
    ("{0.name!r:>8}", (o,), {}), ("{!r}{!s}{!a}", ("é", "é", "é"), {}), ("{0}{0}{1}", (1, 2), {}),
    ("{}{}", (1,), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{2}", (1,), {}),
    ("{x}", (), {}), ("{0.missing}", (o,), {}), ("{0[5]}", ([1],), {}), ("{0[k]}", ({},), {}),
    ("{", (), {}), ("}", (), {}), ("{{}}", (), {}), ("{0!x}", (1,), {}), ("{0!}", (1,), {}),
    ("{0!rr}", (1,), {}), ("{0:}", (5,), {}), ("{0.}", (o,), {}), ("{0[}", (o,), {}),
    ("{0]}", (o,), {}), ("{:d}", ("s",), {}), ("{:s}", (5,), {}), ("{a.b.c}", (), {"a": o}),
    ("{0:{1}}", (5, "x"), {}), ("{0:>{w}}", (5,), {"w": 4}), ("{0:{w}}", (5,), {}),
    ("{ }", (), {" ": 1}), ("{-1}", (1,), {"-1": "neg"}), ("{0x1}", (), {"0x1": 5}),
    ("{00}", ("zero",), {}), ("{0.__class__.__name__}", (o,), {}), ("{0[0]:>{0[1]}}", ([7, 5],), {}),
    ("{a!r:^{w}.{p}}", (), {"a": "abcdef", "w": 9, "p": 3}), ("{0:%}", (0.25,), {}),
    ("{:}", ("",), {}), ("{!r:}", ("",), {}), ("{0:{1}{2}}", (5, 0, 3), {}),
]
for fmt, args, kw in tests:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kw)))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{a}".format_map({"a": 1}))
class Default(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{a} {b}".format_map(Default(a=1)))
try:
    "{a}".format_map([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{0}".format_map({})
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
print("{0}".format_map({0: "int key"}) if False else "skip")
