data = {"user": {"name": "ann", "tags": ["a", "b"]}, "n": 3}
print("{user[name]} has {user[tags][1]} and {n:03}".format(**data))
print("{0[user][tags]!r:>14}|{1:^7}|{1!s:*<6}".format(data, "mid"))
class P:
    def __init__(self): self.x, self.y = 1, 2
print("{p.x},{p.y}".format(p=P()), "{0.real}+{0.imag}j".format(3+4j))
print("{:{}{}}".format("v", ">", 6), "{0:{1}}".format(3.14159, ".2f"))
print("{}-{}".format(*"ab"), "{2}{1}{0}".format(*"xyz"))
for bad in ["{} {1}", "{0} {}", "{", "}", "{0!x}", "{a.}", "{0[}", "{:>>>}"]:
    try:
        print(bad.format("A", "B"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "{2}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{0.nope}".format(1)
except AttributeError as e:
    print("AttributeError", e)
print("{0[0]}{0[-1]}".format({0: "zero", -1: "neg"}) if False else "{0[0]}".format("str"))
try:
    "{0[-1]}".format("abc")
except TypeError as e:
    print("TypeError", e)
