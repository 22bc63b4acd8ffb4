# dataclasses' native helpers (_run_init, _fields_compare, _fields_hash) are
# reachable as module attributes, so a script can hand them anything: a
# forged plan, a plan whose list a factory empties or whose parts a factory
# drops (a freed tuple read later would be a use-after-free), an index past
# the parameters, built-in objects as `self`, a hostile __eq__ that mutates
# what is being compared. Each must answer as Python would or raise a clear
# TypeError/ValueError, never read freed or out-of-range memory.
import dataclasses
from dataclasses import MISSING

run_init = dataclasses._run_init
compare, fhash = dataclasses._fields_compare, dataclasses._fields_hash
marker = dataclasses._HAS_DEFAULT_FACTORY


class Box:
    pass


def plan(names, positional, defaults, stores, frozen=False, progress=None):
    return ([3] if progress is None else progress, names, positional, defaults, stores,
            frozen, MISSING, marker)


for bad in [None, [], (), ([3],), plan(("a",), 2, (MISSING,), ()),
            plan(("a",), 1, (), ()), plan((1,), 1, (MISSING,), ()),
            plan(("a",), 1, (MISSING,), (("a", 1, None, MISSING),)),
            plan(("a",), 1, (MISSING,), (("a", -2, None, MISSING),)),
            plan(("a",), 1, (MISSING,), (("a",),)), plan(("a",), 1, (MISSING,), ["x"]),
            plan(("a",), -1, (MISSING,), ())]:
    try:
        run_init((Box(), 1), {}, bad)
    except TypeError as e:
        print("TypeError", e)

# A call that does not bind runs nothing and answers False.
ok = plan(("a", "b"), 1, (MISSING, 5), (("a", 0, None, MISSING), ("b", 1, None, MISSING)))
b = Box()
print(run_init((b,), {}, ok), run_init((b, 1, 2), {}, ok), run_init((b, 1), {"c": 1}, ok),
      run_init((b, 1), {"a": 1}, ok), vars(b))
print(run_init((b, 1), {"b": 2}, ok), vars(b))
try:
    run_init([b, 1], {}, ok)
except TypeError as e:
    print("TypeError", e)
try:
    run_init((), {}, ok)
except TypeError as e:
    print("TypeError", e)

# A factory that empties the progress list the helper writes its line to.
progress = [3]


def emptying():
    progress.clear()
    raise ValueError("factory failed")


hostile = plan(("a",), 1, (marker,), (("a", 0, emptying, MISSING),), progress=progress)
try:
    run_init((Box(),), {}, hostile)
except ValueError as e:
    print("ValueError", e, progress)
del hostile


# A factory that drops the script's names for the plan: the call's own
# argument still holds it, so the stores after it read live tuples.
def dropping():
    global parts
    parts = None
    return [0] * 100


parts = plan(("a", "b"), 2, (marker, marker),
             (("a", 0, dropping, MISSING), ("b", 1, dropping, MISSING)))
call_plan = parts
del parts
box = Box()
print(run_init((box,), {}, call_plan), vars(box)["a"] == vars(box)["b"] == [0] * 100)

# Built-in objects as self: a frozen plan declines them (the Python path
# says why); a plain one stores as setattr would.
print(run_init((5, 1), {}, plan(("a",), 1, (MISSING,), (("a", 0, None, MISSING),), True)))
try:
    run_init((5, 1), {}, plan(("a",), 1, (MISSING,), (("real", 0, None, MISSING),)))
except AttributeError as e:
    print("AttributeError", e)

# Comparing and hashing: names must be a tuple of str, op a comparison.
p, q = Box(), Box()
p.x, q.x = [1, 2], [1, 3]
print(compare(p, q, ("x",), "<"), compare(p, q, (), "=="), fhash(p, ()) == hash(()))
for args in [(p, q, ["x"], "<"), (p, q, (1,), "<"), (p, q, ("x",), "<>"), (p, q, ("x",), 0)]:
    try:
        compare(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    fhash(p, ("x",))
except TypeError as e:
    print("TypeError", e)
try:
    compare(p, q, ("y",), "==")
except AttributeError as e:
    print("AttributeError", e)


class Shifty:
    # Mutates both objects' fields while they are compared.
    def __eq__(self, other):
        p.__dict__.clear()
        q.__dict__.clear()
        return False

    def __lt__(self, other):
        return True


p.x, q.x, p.y, q.y = Shifty(), Shifty(), 1, 2
print(compare(p, q, ("x", "y"), "<"), vars(p), vars(q))
# expect-output: TypeError _run_init() plan must come from dataclasses
# expect-output: TypeError _run_init() plan must come from dataclasses
# expect-output: TypeError _run_init() plan must come from dataclasses
# expect-output: TypeError _run_init() plan must come from dataclasses
# expect-output: TypeError _run_init() plan must come from dataclasses
# expect-output: TypeError _run_init() plan must come from dataclasses
# expect-output: TypeError _run_init() plan must come from dataclasses
# expect-output: TypeError _run_init() plan must come from dataclasses
# expect-output: TypeError _run_init() plan must come from dataclasses
# expect-output: TypeError _run_init() plan must come from dataclasses
# expect-output: TypeError _run_init() plan must come from dataclasses
# expect-output: TypeError _run_init() plan must come from dataclasses
# expect-output: False False False False {}
# expect-output: True {'a': 1, 'b': 2}
# expect-output: TypeError _run_init() takes a non-empty tuple and a dict
# expect-output: TypeError _run_init() takes a non-empty tuple and a dict
# expect-output: ValueError factory failed []
# expect-output: True True
# expect-output: False
# expect-output: AttributeError attribute 'real' of 'int' objects is not writable
# expect-output: True True True
# expect-output: TypeError _fields_compare() names must be a tuple, not list
# expect-output: TypeError _fields_compare() names must be str, not int
# expect-output: ValueError _fields_compare() op must be a comparison operator
# expect-output: ValueError _fields_compare() op must be a comparison operator
# expect-output: TypeError unhashable type: 'list'
# expect-output: AttributeError 'Box' object has no attribute 'y'
# expect-output: True {} {}
