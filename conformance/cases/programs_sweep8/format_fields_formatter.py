import string
from collections import defaultdict
class User:
    def __init__(self): self.name = "ann"; self.tags = {"k": [10, 20]}; self.pt = (1, 2)
    def __str__(self): return "User(ann)"
u = User()
print("{0.name} {0.tags[k][1]} {0.pt[0]} {u.name!r:>8} {0!s:*^12}".format(u, u=u))
print("{d[key]} {d[0]} {l[-1]}".format(d={"key": 1, 0: "zero", "0": "s"}, l={"-1": "neg"}))
class Missing(dict):
    def __missing__(self, k): return f"<{k}>"
print("{a} {b} {c}".format_map(Missing(a=1)), "%(x)s %(y)s" % Missing(x=5))
dd = defaultdict(lambda: "?"); dd["a"] = 1; print("%(a)s %(zz)s" % dd, "{a}{q}".format_map(dd))
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key.startswith("env_"): return key[4:].upper()
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        if spec == "money": return f"${value:,.2f}"
        return super().format_field(value, spec)
    def convert_field(self, value, conv):
        if conv == "u": return str(value).upper()
        return super().convert_field(value, conv)
f = F(); print(f.format("{env_home} {0:money} {1!u} {x:>5}", 1234.5, "shout", x=3), f.vformat("{0}{k}", ("a",), {"k": "b"}))
class NoFmt: 
    def __str__(self): return "nofmt"
print(format(NoFmt()), f"{NoFmt()}", "{}".format(NoFmt()), f"{NoFmt()!s:>8}")
for fn in [lambda: format(NoFmt(), ">5"), lambda: f"{NoFmt():x}", lambda: "{0.missing}".format(u), lambda: "{0[9]}".format([1]), lambda: "{0[k]}".format({}),
           lambda: "{a.b}".format(a=1), lambda: "{}{}".format(1), lambda: "{0}{}".format(1, 2), lambda: "{!r".format(1), lambda: "}".format(), lambda: "{0:{1}{2}}".format(1, ">", "{"),
           lambda: "{:{:{}}}".format(1, 2, 3), lambda: f.format("{0!z}", 1), lambda: "{0.__class__}".format(1), lambda: "{x[}".format(x=1), lambda: "{0[]}".format([1])]:
    try: print(repr(fn()))
    except Exception as e: print(type(e).__name__, e)
