# graphlib's errors, CycleError included.
from graphlib import TopologicalSorter, CycleError

def attempt(f):
    try:
        print(repr(f()))
    except CycleError as e:
        print("CycleError", e.args, str(e))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

attempt(lambda: list(TopologicalSorter({"a": ["b"], "b": ["a"]}).static_order()))
attempt(lambda: list(TopologicalSorter({1: [2], 2: [3], 3: [1], 4: [1]}).static_order()))
attempt(lambda: list(TopologicalSorter({"x": ["x"]}).static_order()))
attempt(lambda: list(TopologicalSorter({1: [2], 2: [3], 3: [4], 4: [2], 5: [5]}).static_order()))
print(issubclass(CycleError, ValueError))

ts = TopologicalSorter({"b": ["a"], "c": ["b", "d"], "d": ["c"]})
try:
    ts.prepare()
except CycleError as e:
    print("cycle", e.args[1])
print(ts.get_ready())
ts.done("a")
print(ts.get_ready(), ts.is_active())
ts.done("b")
print(ts.get_ready(), ts.is_active())

ts = TopologicalSorter({1: [0]})
attempt(ts.get_ready)
attempt(ts.is_active)
attempt(lambda: ts.done(0))
ts.prepare()
attempt(ts.prepare)
attempt(lambda: ts.add(5))
attempt(lambda: ts.done(7))
attempt(lambda: ts.done(1))
print(ts.get_ready())
ts.done(0)
attempt(lambda: ts.done(0))
attempt(lambda: TopologicalSorter().add([1]))
attempt(lambda: TopologicalSorter({"a": 5}))
