# __repr__ of the items being printed empties and refills the dict, list,
# deque and OrderedDict that hold them while repr(), pprint.pformat and
# reprlib walk them; str subclasses whose __len__/__hash__/__eq__ empty the
# list difflib is matching; dict and list subclasses whose keys/__iter__/
# __getitem__/__len__ clear themselves while dict(), list.extend, json,
# copy, format_map, sorted, str.join and star-arguments read them.
# expect-output: pformat dict -> {0: 0,
# expect-output:  1: 1,
# expect-output:  2: 2,
# expect-output:  3: 3,
# expect-output:  4: 4,
# expect-output:  5: 5,
# expect-output:  6: 6,
# expect-output:  7: 7,
# expect-output:  8: 8,
# expect-output:  9: 9,
# expect-output:  10: 10,
# expect-output:  11: 11,
# expect-output:  12: 12,
# expect-output:  13: 13,
# expect-output:  14: 14,
# expect-output:  15: 15,
# expect-output:  16: 16,
# expect-output:  17: 17,
# expect-output:  18: 18,
# expect-output:  19: 19,
# expect-output:  20: 20,
# expect-output:  21: 21,
# expect-output:  22: 22,
# expect-output:  23: 23,
# expect-output:  24: 24,
# expect-output:  25: 25,
# expect-output:  26: 26,
# expect-output:  27: 27,
# expect-output:  28: 28,
# expect-output:  29: 29}
# expect-output: pformat list -> [0,
# expect-output:  1,
# expect-output:  2,
# expect-output:  3,
# expect-output:  4,
# expect-output:  5,
# expect-output:  6,
# expect-output:  7,
# expect-output:  8,
# expect-output:  9,
# expect-output:  10,
# expect-output:  11,
# expect-output:  12,
# expect-output:  13,
# expect-output:  14,
# expect-output:  15,
# expect-output:  16,
# expect-output:  17,
# expect-output:  18,
# expect-output:  19,
# expect-output:  20,
# expect-output:  21,
# expect-output:  22,
# expect-output:  23,
# expect-output:  24,
# expect-output:  25,
# expect-output:  26,
# expect-output:  27,
# expect-output:  28,
# expect-output:  29]
# expect-output: pformat od -> OrderedDict()
# expect-output: repr dict -> {0: M, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: 17, 18: 18, 19: 19, 20: 20, 21: 21, 22: 22, 23: 23, 24: 24, 25: 25, 26: 26, 27: 27, 28: 28, 29: 29}
# expect-output: repr list -> [M, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]
# expect-output: repr deque -> deque([M, M, M, M, M, M, M, M, M, M])
# expect-output: repr od -> OrderedDict([(0, M), (1, M), (2, M), (3, M), (4, M), (5, M), (6, M), (7, M), (8, M), (9, M)])
# expect-output: reprlib dict -> {0: M, 1: 1, 2: 2, 3: 3, ...}
# expect-output: reprlib list -> [M, 1, 2, 3, 4, 5, ...]
# expect-output: ndiff -> 10
# expect-output: opcodes -> 1
# expect-output: dict update -> None
# expect-output: dict() -> dict
# expect-output: kwargs TypeError keywords must be strings
# expect-output: json dict -> {"a": 1}
# expect-output: deepcopy dict -> SelfClearingDict
# expect-output: format_map -> 1
# expect-output: extend -> None
# expect-output: tuple -> tuple
# expect-output: json list -> [1]
# expect-output: sorted -> list
# expect-output: join TypeError sequence item 0: expected str instance, int found
# expect-output: star args -> tuple
import collections
import copy
import difflib
import json
import pprint
import reprlib


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r if isinstance(r, (int, str, type(None))) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


class Item:
    def __repr__(self):
        D.clear()
        L.clear()
        DQ.clear()
        OD.clear()
        for k in range(30):
            D[k] = k
            L.append(k)
        return "M"


def fresh():
    global D, L, DQ, OD
    D = {i: Item() for i in range(10)}
    L = [Item() for _ in range(10)]
    DQ = collections.deque(Item() for _ in range(10))
    OD = collections.OrderedDict((i, Item()) for i in range(10))


for label, fn in [("pformat dict", lambda: pprint.pformat(D, width=10)),
                  ("pformat list", lambda: pprint.pformat(L, width=5)),
                  ("pformat od", lambda: pprint.pformat(OD, width=5)),
                  ("repr dict", lambda: repr(D)), ("repr list", lambda: repr(L)),
                  ("repr deque", lambda: repr(DQ)), ("repr od", lambda: repr(OD)),
                  ("reprlib dict", lambda: reprlib.repr(D)), ("reprlib list", lambda: reprlib.repr(L))]:
    fresh()
    attempt(label, fn)


class Sneaky(str):
    def __len__(self):
        L2.clear()
        return 3

    def __hash__(self):
        L2.clear()
        return 1

    def __eq__(self, other):
        L2.clear()
        return str.__eq__(self, other)


L2 = [Sneaky("a b"), Sneaky("c d")] * 5
attempt("ndiff", lambda: len(list(difflib.ndiff(L2, L2[::-1]))))
L2 = [Sneaky("a b"), Sneaky("c d")] * 5
attempt("opcodes", lambda: len(difflib.SequenceMatcher(None, L2, list(reversed(L2))).get_opcodes()))


class SelfClearingDict(dict):
    def __iter__(self):
        self.clear()
        return iter([1])

    def keys(self):
        self.clear()
        return [1, 2]

    def __getitem__(self, k):
        self.clear()
        return 1


class SelfClearingList(list):
    def __iter__(self):
        self.clear()
        return iter([1])

    def __len__(self):
        self.clear()
        return 100


attempt("dict update", lambda: {}.update(SelfClearingDict(a=1)))
attempt("dict()", lambda: dict(SelfClearingDict(a=1)))
attempt("kwargs", lambda: (lambda **k: k)(**SelfClearingDict(a=1)))
attempt("json dict", lambda: json.dumps(SelfClearingDict(a=1)))
attempt("deepcopy dict", lambda: copy.deepcopy(SelfClearingDict(a=1)))
attempt("format_map", lambda: "{a}".format_map(SelfClearingDict(a=1)))
attempt("extend", lambda: [].extend(SelfClearingList([1, 2, 3])))
attempt("tuple", lambda: tuple(SelfClearingList([1, 2, 3])))
attempt("json list", lambda: json.dumps(SelfClearingList([1, 2, 3])))
attempt("sorted", lambda: sorted(SelfClearingList([3, 2, 1])))
attempt("join", lambda: ",".join(SelfClearingList(["a", "b"])))
attempt("star args", lambda: (lambda *a: a)(*SelfClearingList([1, 2])))
