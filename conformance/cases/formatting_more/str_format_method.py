print("{} {} {}".format(1, "a", [2]))
print("{2} {0} {1} {0}".format("a", "b", "c"))
print("{name} is {age}".format(name="Bo", age=3), "{0[1]} {1[k]} {2.real}".format([9, 8], {"k": "v"}, 5))
print("{0!r:>8} {0!s:<8}| {1!a}".format("x", "ü"))
print("{:>{w}}|{:<{w}}|".format("r", "l", w=4))
print("{{literal}} {{{0}}} }}{{".format("in"))
print("{0[0][1]} {0[1]}".format([["a", "b"], "c"]), "{d[key with space]}".format(d={"key with space": 1}))
print("{0:}|{0:10}|{0:<10}|{0:^10}|{0:>10}".format(True))
print("{:s}".format("x"), "{:d}".format(True), "{:.1f}".format(2), "{:x}".format(True))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:,.3f}".format(-1234.5), "{:>+12,d}".format(9876543))
class Data:
    x = 1
    items = {"a": [10, 20]}
print("{0.x}".format(Data))
print("{obj.items}".format(obj=Data))
print("{:%}".format(0.25), "{:.0%}".format(1 / 3), "{:#o}".format(8), "{:#b}".format(5), "{:c}".format(0x263A))
print("{!r}".format(1.0), "{!s}".format(1.0), "{}".format(1e100), "{}".format(-0.0))
print("%s" % "ok", "{}".format("x", "unused extra"), "{a}".format(a=1, b=2))
for fmt, args, kwargs in [("{0} {}", (1, 2), {}), ("{} {1}", (1, 2), {}), ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}),
                          ("{0:d}", ("s",), {}), ("{a}", (), {}), ("{3}", (1,), {}), ("{0[5]}", ([1],), {}), ("{0.nope}", (1,), {}),
                          ("{!r", (1,), {}), ("{0!}", (1,), {}), ("{:x}", (1.5,), {}), ("{0[}", ([1],), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
print("{x}-{y}".format_map({"x": 1, "y": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b} {c}".format_map(Default(a="A")))
