# Binary set operations and their methods (&, |, -, ^, <=, <, ==, issubset,
# issuperset, isdisjoint, intersection/difference/symmetric_difference/
# union and their _update forms) whose colliding items' __eq__ clears both
# operands, or replaces the other operand's dict with a bigger one, while
# the operation walks one table and probes the other. Each must end with
# CPython's result or RuntimeError, never a read of a freed table.
# expect-output: set __and__ -> 0
# expect-output: set __or__ -> 8
# expect-output: set __sub__ -> 1
# expect-output: set __xor__ -> 9
# expect-output: set issubset -> False
# expect-output: set issuperset -> False
# expect-output: set isdisjoint -> True
# expect-output: set __eq__ -> False
# expect-output: set __le__ -> False
# expect-output: set __lt__ -> False
# expect-output: set intersection -> 0
# expect-output: set difference -> 1
# expect-output: set symmetric_difference -> 9
# expect-output: set union -> 8
# expect-output: set intersection_update -> 0
# expect-output: set difference_update -> 0
# expect-output: set symmetric_difference_update -> 1
# expect-output: set update -> 1
# expect-output: dict issubset -> False
# expect-output: dict issuperset RuntimeError dictionary changed size during iteration
# expect-output: dict isdisjoint -> False
# expect-output: dict intersection RuntimeError dictionary changed size during iteration
# expect-output: dict difference -> 0
# expect-output: dict symmetric_difference -> 44
# expect-output: dict union -> 50
# expect-output: dict intersection_update RuntimeError dictionary changed size during iteration
# expect-output: dict difference_update RuntimeError dictionary changed size during iteration
# expect-output: dict symmetric_difference_update -> 44
# expect-output: dict update -> 50
class K:
    def __init__(self, v, act=None):
        self.v = v
        self.act = act

    def __hash__(self):
        return 1

    def __eq__(self, o):
        if self.act:
            a = self.act
            self.act = None
            a()
        return isinstance(o, K) and self.v == o.v


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def outcome(a, r):
    if isinstance(r, bool):
        return r
    return len(a) if r is None else len(r)


SET_OPS = ("__and__", "__or__", "__sub__", "__xor__", "issubset", "issuperset", "isdisjoint",
           "__eq__", "__le__", "__lt__", "intersection", "difference", "symmetric_difference",
           "union", "intersection_update", "difference_update", "symmetric_difference_update",
           "update")
for op in SET_OPS:
    a = {K(i) for i in range(8)}
    b = {K(i) for i in range(4, 12)}
    for k in list(a) + list(b):
        k.act = lambda: (a.clear(), b.clear())
    attempt("set " + op, lambda: outcome(a, getattr(a, op)(b)))

for op in SET_OPS:
    if op.startswith("__"):
        continue
    a = {K(i) for i in range(8)}
    b = {K(i): 0 for i in range(4, 12)}
    for k in list(a) + list(b):
        k.act = lambda: (b.clear(), b.update({K(j): 0 for j in range(50)}))
    attempt("dict " + op, lambda: outcome(a, getattr(a, op)(b)))
