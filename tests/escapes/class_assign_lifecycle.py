# __class__ assignment at awkward moments: while a list subclass is
# iterated or sorted, from a key's __eq__ during a dict lookup, from
# __init__, from __del__ (to a class with another __del__, resurrecting the
# object, or to one without and back), and switches that add or remove
# __del__. The VM keeps tracing and finalizing each object by its current
# class; nothing is finalized twice or read through the wrong layout.
# expect-output: iterated [1, 2, 3, 10, 20, 30] L1 9
# expect-output: sorted 3 L2
# expect-output: lookup two K2
# expect-output: init Late early
# expect-output: Ghost.__del__ g
# expect-output: resurrected ['Phantom']
# expect-output: cleared
# expect-output: Back.__del__ b
# expect-output: finalized once
# expect-output: Loud.__del__ 1
# expect-output: end
# expect-output: Loud.__del__ 5
class L1(list):
    pass


class L2(list):
    def __iter__(self):
        return iter(["L2"])


items = L1([1, 2, 3])
seen = []
for x in items:
    seen.append(x)
    items.__class__ = L2 if type(items) is L1 else L1
    items.append(x * 10)
    if len(items) > 8:
        break
print("iterated", seen, type(items).__name__, list.__len__(items))


def key(v):
    items.__class__ = L1 if type(items) is L2 else L2
    return -v if isinstance(v, int) else 0


items = L1([3, 1, 2])
items.sort(key=key)
print("sorted", list.__iter__(items).__next__(), type(items).__name__)


class K1:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        other.__class__ = K2
        return self.n == other.n


class K2(K1):
    def __eq__(self, other):
        return NotImplemented


table = {K1(1): "one", K1(2): "two"}
probe = K1(2)
print("lookup", table.get(probe), type(probe).__name__)


class Early:
    def __init__(self):
        self.__class__ = Late
        self.tag = "early"


class Late:
    def __init__(self):
        self.tag = "late"


e = Early()
print("init", type(e).__name__, e.tag)
kept = []


class Ghost:
    def __del__(self):
        print("Ghost.__del__", self.name)
        self.__class__ = Phantom
        kept.append(self)


class Phantom:
    def __del__(self):
        print("Phantom.__del__", self.name)


g = Ghost()
g.name = "g"
del g
print("resurrected", [type(k).__name__ for k in kept])
kept.clear()
print("cleared")


class Back:
    def __del__(self):
        print("Back.__del__", self.name)
        self.__class__ = Quiet
        kept.append(self)


class Quiet:
    pass


b = Back()
b.name = "b"
del b
kept[0].__class__ = Back
kept.clear()
print("finalized once")


class Loud:
    def __del__(self):
        print("Loud.__del__", self.name)


objs = []
for i in range(6):
    q = Quiet()
    q.name = i
    q.__class__ = Loud if i % 2 else Quiet
    objs.append(q)
objs[1].__class__ = Quiet
objs[1].__class__ = Loud
objs[3].__class__ = Quiet
junk = [[i] * 20 for i in range(20000)]
del junk
objs.clear()
print("end")
