from string import Formatter


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


f = Formatter()
print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0}{1}{0}", "ab", "-"))
print(f.format("{name!r:>10}|{n:08.3f}|{n:{w}.{p}}", name="moat", n=3.14159, w=7, p=3))
print(f.format("{p.x},{p.y} {d[key]} {l[1]}", p=Point(1, 2), d={"key": "v"}, l=[5, 6]))
print(f.format("{{literal}} {0:^{1}}", "c", 5))
print(list(f.parse("a{0}b{name!r:>5}c{{d}}")))
print(list(f.parse("")), list(f.parse("{}")), list(f.parse("{a[x:y]!s:^3}")))
for bad in ["{", "}", "{0", "{0!}", "{0!rx}", "{0:{1}", "{a{b}"]:
    try:
        list(f.parse(bad))
    except ValueError as e:
        print("ValueError:", repr(bad), e)
for fmt, args in [("{}{0}", (1,)), ("{0}{}", (1,)), ("{0!z}", (1,)), ("{2}", (1,)), ("{x}", ())]:
    try:
        print(f.format(fmt, *args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)


class UpperFormatter(Formatter):
    """Upper-cases string values; missing keys show as <key>."""

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)

    def format_field(self, value, format_spec):
        if isinstance(value, str):
            value = value.upper()
        return super().format_field(value, format_spec)

    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")


u = UpperFormatter()
print(u.format("Hello {who}, you owe {amt:.2f} to {creditor}", who="ann", amt=12.5))
try:
    u.format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError:", e)
print(u.vformat("{0}-{x}", ("q",), {"x": "y"}))
