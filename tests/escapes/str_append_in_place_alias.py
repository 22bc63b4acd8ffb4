# strs are immutable: an append site may extend a str in place only while
# nothing but its local references it. Every way of getting a second
# reference to the str between two appends must stop the in-place growth,
# or the alias (a dict key with its cached hash, a list item, a closure's
# default, a generator's frame) would see the text change.
# expect-output: ok list
# expect-output: ok dict
# expect-output: ok default
# expect-output: ok generator
# expect-output: ok radd
# expect-output: ok nested


def grow(n):
    s = ""
    for i in range(n):
        s += "a"
    return s


def via_list():
    s = ""
    keep = []
    for i in range(50):
        s += "a"
        if i == 20:
            keep.append(s)
    return keep[0] == "a" * 21


def via_dict():
    s = ""
    d = {}
    for i in range(50):
        s += "b"
        if i == 10:
            d[s] = i
    return d.get("b" * 11) == 10 and list(d) == ["b" * 11]


def via_default():
    s = ""
    fns = []
    for i in range(30):
        s += "c"
        if i == 5:
            fns.append(lambda t=s: t)
    return fns[0]() == "c" * 6


def via_generator():
    def echo():
        got = yield
        while True:
            got = yield got
    g = echo()
    next(g)
    s = ""
    seen = None
    for i in range(30):
        s += "d"
        if i == 3:
            seen = g.send(s)
    return seen == "dddd"


class Keep:
    def __init__(self):
        self.kept = None

    def __radd__(self, other):
        self.kept = other
        return other


def via_radd():
    s = ""
    k = Keep()
    for i in range(30):
        s += "e"
        if i == 7:
            s += k
    return k.kept == "e" * 8


def via_nested_append():
    s = ""
    t = ""
    for i in range(30):
        s += "f"
        if i == 4:
            t = s
        t += ""  # an append site of its own, on the alias
    return t == "f" * 5


print("ok list" if via_list() else "CHANGED list")
print("ok dict" if via_dict() else "CHANGED dict")
print("ok default" if via_default() else "CHANGED default")
print("ok generator" if via_generator() else "CHANGED generator")
print("ok radd" if via_radd() else "CHANGED radd")
print("ok nested" if via_nested_append() else "CHANGED nested")
