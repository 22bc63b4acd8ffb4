# f(**m) reports a key met twice, whatever the mapping, before any check
# that keywords are strings.
def f(*args, **kwargs):
    return kwargs


class Pairs:
    """A mapping whose keys() may repeat a key."""

    def __init__(self, *pairs):
        self.pairs = pairs

    def keys(self):
        return [k for k, _ in self.pairs]

    def __getitem__(self, key):
        for k, v in self.pairs:
            if k == key:
                return v
        raise KeyError(key)


class Lying(Pairs):
    def __getitem__(self, key):
        raise KeyError("from getitem")


cases = [
    lambda: f(**Pairs(("x", 1), ("x", 2))),
    lambda: f(a=3, **Pairs(("a", 1))),
    lambda: f(**Pairs(("a", 3)), **Pairs(("b", 1), ("b", 2))),
    lambda: f(**{1: 3}, **{1: 5}),
    lambda: f(**{(1, 2): 3}, **{(1, 2): 5}),
    lambda: f(**{1: 3}),
    lambda: f(**{1: 3, "a": 1}, **{"a": 2}),
    lambda: f(x=1, **{"x": 2}),
    lambda: f(**Lying(("k", 1))),
    lambda: f(**Pairs(("p", 1), ("q", 2))),
    lambda: f(**5),
    lambda: print(**{2: 1}),
    lambda: dict(**{"a": 1}, **{"a": 2}),
]
for case in cases:
    try:
        print(case())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print({**{1: 2}, **{1: 3}}, {**Pairs(("x", 1), ("x", 2))})
