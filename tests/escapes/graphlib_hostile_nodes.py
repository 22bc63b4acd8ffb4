# graphlib.TopologicalSorter keeps its nodes in dicts keyed by the
# script's objects: nodes whose __hash__ or __eq__ add nodes to the sorter
# (or clear its tables) while add(), prepare(), get_ready(), done() and
# static_order() run, a node whose __hash__ raises, and done() with nodes
# never handed out. Each must end in CPython's answer or an ordinary
# exception, never in a read of a freed table.
# expect-output: add nodes that grow the graph -> (None, 6)
# expect-output: static_order ValueError: Nodes cannot be added after a call to prepare()
# expect-output: add a node that clears the table -> None
# expect-output: prepare after clearing KeyError: <__main__.Clears object>
# expect-output: get_ready KeyError: 1
# expect-output: unhashable node ValueError: no hash
# expect-output: done() of a node never handed out ValueError: node 'x' was not passed out (still not ready)
# expect-output: done() of an unknown node ValueError: node 'zzz' was not added using add()
# expect-output: cycle CycleError: ('nodes are in a cycle', [1, 2, 1])
import graphlib
import re as _re


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        text = "-> " + repr(fn())
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    print(label, _re.sub(r" at 0x[0-9a-f]+", "", text)[:300])


ts = graphlib.TopologicalSorter()


class Grows:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        if len(ts._node2info) < 50:
            ts.add(object())
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Grows) and other.name == self.name

    def __repr__(self):
        return "G" + self.name


attempt("add nodes that grow the graph",
        lambda: (ts.add(Grows("a"), Grows("b")), len(ts._node2info)))
attempt("static_order", lambda: len(list(ts.static_order())))
ts2 = graphlib.TopologicalSorter({1: [2], 2: [3]})


class Clears:
    def __hash__(self):
        ts2._node2info.clear()
        return 1

    def __eq__(self, other):
        return False


attempt("add a node that clears the table", lambda: ts2.add(Clears(), 1))
attempt("prepare after clearing", lambda: ts2.prepare())
attempt("get_ready", lambda: ts2.get_ready())


class BadHash:
    def __hash__(self):
        raise ValueError("no hash")


attempt("unhashable node", lambda: graphlib.TopologicalSorter({BadHash(): []}))
ts3 = graphlib.TopologicalSorter({"x": ["y"]})
ts3.prepare()
attempt("done() of a node never handed out", lambda: ts3.done("x"))
attempt("done() of an unknown node", lambda: ts3.done("zzz"))
attempt("cycle", lambda: list(graphlib.TopologicalSorter({1: [2], 2: [1]}).static_order()))
