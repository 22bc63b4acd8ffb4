# String constants made only of name characters (ASCII letters, digits and
# underscores) are interned when code is loaded, so the same text written in
# different functions, classes and lambdas is one object; getattr and dict
# keys built from such constants meet the interned names.
import sys

top = "hello"


def from_function():
    return "hello"


class Holder:
    attr = "hello"
    key = "_private_1"


def same(a, b):
    return a is b


print(same(top, from_function()), same(top, Holder.attr))
print(same((lambda: "_private_1")(), Holder.key))
print(same("".join(["hel", "lo"]), top), "".join(["hel", "lo"]) == top)
print(same(sys.intern("".join(["hel", "lo"])), top))
names = {"alpha": 1, "beta": 2}


def lookup():
    return [k for k in names if same(k, "alpha")]


print(lookup())


class Point:
    def __init__(self):
        self.x = 1


p = Point()
print([same(k, "x") for k in vars(p)], getattr(p, "x"))
print(same(top, str(top)), same(top, top[:]), same(top, top + ""))
made = "".join(["never", "_seen", "_before"])
kept = sys.intern(made)
print(same(kept, made), same(sys.intern("".join(["never_seen", "_before"])), made))
spaced = "".join(["two ", "words"])
print(same(sys.intern(spaced), spaced), same(sys.intern("two words"), spaced))
