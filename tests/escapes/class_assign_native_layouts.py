# __class__ assignment never gives an instance a class whose native part
# differs: an exception's fields (a group's message and members, NameError's
# name, StopIteration's value), a list's or dict's struct, int's inline
# digits, `__slots__` fields at other offsets or none, a dict where there
# was none. Each refused switch leaves the object as it was; the allowed
# ones keep working through the collector, the inline caches and the
# natives that read the built-in part.
# expect-output: ValueError to group TypeError __class__ assignment: 'G' object layout differs from 'V'
# expect-output: ValueError to ValueError+group TypeError __class__ assignment: 'VG' object layout differs from 'V'
# expect-output: ValueError to NameError TypeError __class__ assignment: 'N' object layout differs from 'V'
# expect-output: ValueError to StopIteration TypeError __class__ assignment: 'S' object layout differs from 'V'
# expect-output: still -> ('V', ('x',))
# expect-output: group to ValueError TypeError __class__ assignment: 'V' object layout differs from 'G'
# expect-output: group intact -> ('m', (ValueError(1),), 'm')
# expect-output: list to dict TypeError __class__ assignment: 'D' object layout differs from 'L'
# expect-output: dict to list TypeError __class__ assignment: 'L' object layout differs from 'D'
# expect-output: int to plain TypeError __class__ assignment: 'Plain' object layout differs from 'Big'
# expect-output: int to int TypeError __class__ assignment: 'Big2' object layout differs from 'Big'
# expect-output: plain to int TypeError __class__ assignment: 'Big' object layout differs from 'Plain'
# expect-output: one slot to two TypeError __class__ assignment: 'Two' object layout differs from 'One'
# expect-output: two slots to one TypeError __class__ assignment: 'One' object layout differs from 'Two'
# expect-output: slots to plain TypeError __class__ assignment: 'Plain' object layout differs from 'One'
# expect-output: plain to slots TypeError __class__ assignment: 'One' object layout differs from 'Plain'
# expect-output: mixin list to list -> ('L', [1, 2, 3], 3)
# expect-output: list to mixin list -> ('ML', 'mixin', [2, 1, 3])
# expect-output: after collection -> (3650, 25, 'P')
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def switch(obj, cls):
    obj.__class__ = cls
    return type(obj).__name__


class V(ValueError):
    pass


class G(ExceptionGroup):
    pass


class VG(ValueError, ExceptionGroup):
    pass


class N(NameError):
    pass


class S(StopIteration):
    pass


class Mixin:
    def hello(self):
        return "mixin"


class L(list):
    pass


class ML(Mixin, list):
    pass


class D(dict):
    pass


class Big(int):
    pass


class Big2(int):
    pass


class One:
    __slots__ = ("a",)


class Two:
    __slots__ = ("a", "b")


class Plain:
    pass


v = V("x")
attempt("ValueError to group", lambda: switch(v, G))
attempt("ValueError to ValueError+group", lambda: switch(v, VG))
attempt("ValueError to NameError", lambda: switch(v, N))
attempt("ValueError to StopIteration", lambda: switch(v, S))
attempt("still", lambda: (type(v).__name__, v.args))
g = G("m", [ValueError(1)])
attempt("group to ValueError", lambda: switch(g, V))
attempt("group intact", lambda: (g.message, g.exceptions, g.split(ValueError)[0].message))
attempt("list to dict", lambda: switch(L([1]), D))
attempt("dict to list", lambda: switch(D(a=1), L))
attempt("int to plain", lambda: switch(Big(10**30), Plain))
attempt("int to int", lambda: switch(Big(10**30), Big2))
attempt("plain to int", lambda: switch(Plain(), Big))
attempt("one slot to two", lambda: switch(One(), Two))
attempt("two slots to one", lambda: switch(Two(), One))
attempt("slots to plain", lambda: switch(One(), Plain))
attempt("plain to slots", lambda: switch(Plain(), One))
ml = ML([3, 1, 2])
attempt("mixin list to list", lambda: (switch(ml, L), sorted(ml), len(ml)))
attempt("list to mixin list", lambda: (switch(ml, ML), ml.hello(), ml[::-1]))


# A site whose inline cache saw one class meets the other.
class P:
    __slots__ = ("x",)

    def get(self):
        return self.x


class Q:
    __slots__ = ("x",)

    def get(self):
        return -self.x


objs = [P() for _ in range(50)]
total = 0
for i, o in enumerate(objs):
    o.x = i
    o.__class__ = Q if i % 2 else P
for rounds in range(3):
    for o in objs:
        total += o.get() + o.x
        o.__class__ = P if type(o) is Q else Q
junk = [[i] * 10 for i in range(20000)]
attempt("after collection", lambda: (total, sum(o.get() for o in objs), type(objs[1]).__name__))
