import copy
class Card:
    def __init__(self, rank, suit): self.rank, self.suit = rank, suit
    def __eq__(self, o):
        return isinstance(o, Card) and (self.rank, self.suit) == (o.rank, o.suit)
    def __repr__(self): return f"{self.rank}{self.suit}"
try:
    {Card(1, "h")}
except TypeError as e:
    print("TypeError", e)
print(Card.__hash__)
class HCard(Card):
    def __hash__(self): return hash((self.rank, self.suit))
hand = {HCard(1, "h"), HCard(1, "h"), HCard(2, "s")}
print(len(hand), HCard(2, "s") in hand, {HCard(1, "h"): "ace"}[HCard(1, "h")])
class Mut:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"Mut({self.v})"
m = Mut(1); s = {m}; m.v = 2
print(m in s, Mut(1) in s, Mut(2) in s, list(s))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), {1: "a", 1.0: "b", True: "c"})
try:
    hash([1])
except TypeError as e:
    print("TypeError", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    {{1}: 2}
except TypeError as e:
    print("TypeError", e)
print({frozenset({1}): "ok"}, hash(frozenset()) == hash(frozenset()), -1 == hash(-1) or hash(-1))
nested = {"a": [1, 2, {"b": [3]}], "t": (4, [5])}
sh = copy.copy(nested); dp = copy.deepcopy(nested)
nested["a"][2]["b"].append(99); nested["t"][1].append(6)
print(sh, dp, sh["a"] is nested["a"], dp["t"] is nested["t"])
t = (1, 2, (3,))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
class Tracked:
    def __init__(self, items): self.items = items; self.log = []
    def __copy__(self):
        print("  __copy__ called")
        new = Tracked(self.items); new.log = ["copied"]; return new
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo has", len(memo) > -1)
        new = Tracked(copy.deepcopy(self.items, memo)); new.log = ["deep"]; return new
tr = Tracked([[1]])
c1 = copy.copy(tr); c2 = copy.deepcopy(tr)
print(c1.items is tr.items, c2.items == tr.items, c2.items is tr.items, c1.log, c2.log)
a = [1]; pair = [a, a]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is a)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, len(dc))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = 2
sc = copy.deepcopy(Slotted()); print(sc.a, sc.b)
class WithState:
    def __init__(self): self.x = 1; self.cache = {"big": 1}
    def __getstate__(self):
        st = self.__dict__.copy(); del st["cache"]; return st
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = {}
ws = copy.deepcopy(WithState()); print(vars(ws))
import functools
print(copy.copy(len) is len, copy.deepcopy(functools.partial(max, 1))(5), copy.copy(range(3)), copy.deepcopy({1, 2}))
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.11")
l = [[0] * 2] * 2; l2 = copy.deepcopy(l); l2[0][0] = 1; print(l2, l)
d = dict.fromkeys("ab", []); d["a"].append(1); print(d)
print(copy.copy(Card(3, "d")), copy.deepcopy([Card(4, "c")]))
print([1, 2] == [1, 2.0], (1, 2) == [1, 2], {1: 2} == {1: 2.0}, {1, 2} == frozenset({2, 1}), [] == (), None == 0, "1" == 1, float("nan") == float("nan"))
nan = float("nan"); lst = [nan]; print(nan in lst, lst == [nan], lst.count(nan), [float("nan")] == [float("nan")])
class AlwaysEq:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(AlwaysEq() in [1, 2], [1, 2].index(AlwaysEq()) if False else [1, 2].count(AlwaysEq()), 5 == AlwaysEq(), AlwaysEq() != 3)
class EqNone:
    def __eq__(self, o): return None
print(EqNone() == 1, EqNone() != 1, [EqNone()] == [EqNone()], EqNone() in [1])
