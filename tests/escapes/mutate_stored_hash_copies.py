# Copies from a dict or set into a new dict or set reuse the stored hashes
# in CPython (dict.fromkeys of a dict or set, set(dict), {**d}, d | e,
# dict(d), set.update(d), set algebra): a key whose __hash__ empties and
# refills its own source container, or whose __eq__ empties it on a
# collision, therefore runs at most on the collisions. str.maketrans reads
# a dict of str-subclass keys whose __hash__/__eq__ mutate that dict. Each
# copy must give CPython's result, and none may read an entry of a table
# a callback freed.
# expect-output: str.maketrans over hostile str keys -> [(97, 'b'), (99, 'd'), (101, 'f')]
# expect-output: str.maketrans deletions -> {97: 99, 98: 100, 122: None}
# expect-output: dict.fromkeys(dict) -> 52
# expect-output: set(dict) -> 52
# expect-output: frozenset(dict.keys()) RuntimeError: dictionary changed size during iteration
# expect-output: {**d} -> 52
# expect-output: d | e -> 53
# expect-output: dict(d) -> 52
# expect-output: set.update(d) -> 52
# expect-output: Counter(d) -> 52
# expect-output: OrderedDict(d) -> 52
# expect-output: set(set) -> 101
# expect-output: frozenset(set) -> 101
# expect-output: set | set -> 101
# expect-output: set ^ set -> 101
# expect-output: set - set -> 100
# expect-output: dict.fromkeys(set) -> 100
import collections


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


src = {}


class Key(str):
    def __hash__(self):
        src.clear()
        src.update({chr(i): i for i in range(200, 260)})
        return str.__hash__(self)

    def __eq__(self, other):
        src.clear()
        return str.__eq__(self, other)


src.update({Key("a"): "b", Key("c"): "d", "e": "f"})
attempt("str.maketrans over hostile str keys", lambda: sorted(str.maketrans(src).items())[:3])
attempt("str.maketrans deletions", lambda: str.maketrans("ab", "cd", Key("z")))


class Refill:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        table.clear()
        table.update({Plain(i): i for i in range(50)})
        return 1

    def __eq__(self, other):
        return self is other


class Plain:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


def fresh():
    table.clear()
    table.update({Refill(1): 1, Refill(2): 2})
    return table


table = {}
attempt("dict.fromkeys(dict)", lambda: len(dict.fromkeys(fresh())))
attempt("set(dict)", lambda: len(set(fresh())))
attempt("frozenset(dict.keys())", lambda: len(frozenset(fresh().keys())))
attempt("{**d}", lambda: len({**fresh()}))
attempt("d | e", lambda: len(fresh() | {Plain(99): 0}))
attempt("dict(d)", lambda: len(dict(fresh())))
attempt("set.update(d)", lambda: len(set().union(fresh())))
attempt("Counter(d)", lambda: len(collections.Counter(fresh())))
attempt("OrderedDict(d)", lambda: len(collections.OrderedDict(fresh())))
bag = set()


class Churn:
    def __hash__(self):
        bag.clear()
        bag.update(range(100))
        return 5

    def __eq__(self, other):
        return False


bag.update([Churn(), Churn()])
attempt("set(set)", lambda: len(set(bag)))
attempt("frozenset(set)", lambda: len(frozenset(bag)))
attempt("set | set", lambda: len(bag | {Churn()}))
attempt("set ^ set", lambda: len(bag ^ {Churn()}))
attempt("set - set", lambda: len(bag - {Churn()}))
attempt("dict.fromkeys(set)", lambda: len(dict.fromkeys(bag)))
