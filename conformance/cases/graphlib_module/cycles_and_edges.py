# Which cycle CycleError reports (the first found walking from the nodes in
# the order they were added), repeated edges, and the ready batches a
# subclass sees while driving the sorter by hand.
import graphlib


class Logged(graphlib.TopologicalSorter):
    def get_ready(self):
        batch = super().get_ready()
        print("ready", batch)
        return batch


def cycle_of(graph):
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as e:
        return e.args
    return None


print(cycle_of({1: [2], 2: [3], 3: [1], 4: [4]}))
print(cycle_of({"a": ["a"]}), cycle_of({"b": ["c"], "c": ["d"], "d": ["c"]}))
print(cycle_of({0: [1, 2], 1: [3], 2: [3], 3: [4]}))
print(cycle_of({5: [6], 6: [7], 7: [5, 6], 8: [5]}))

ts = Logged()
ts.add("x", "y", "y")  # the edge y -> x counted twice
ts.add("z", "x")
ts.prepare()
while ts.is_active():
    batch = ts.get_ready()
    if not batch:
        print("stuck", ts._nfinished, ts._npassedout)
        break
    ts.done(*batch)

ts = graphlib.TopologicalSorter({"b": ["a"], "c": ["a"], "d": ["b", "c"]})
try:
    list(ts.static_order())
    ts.add("e")
except ValueError as e:
    print("ValueError", e)
cyclic = graphlib.TopologicalSorter({1: [2], 2: [1], 3: []})
try:
    cyclic.prepare()
except graphlib.CycleError as e:
    print(e.args[1], cyclic.get_ready(), cyclic.is_active())
try:
    cyclic.done(3, 1)
except ValueError as e:
    print("ValueError", e, cyclic.is_active())
