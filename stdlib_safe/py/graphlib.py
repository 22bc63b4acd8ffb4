"""Topological sorting of a graph of hashable nodes, as CPython 3.11's
graphlib: TopologicalSorter and CycleError.

The order of get_ready() and static_order(), and the cycle CycleError
reports, follow CPython's algorithm, so they depend on the order nodes and
edges were added exactly as there.
"""

__all__ = ["TopologicalSorter", "CycleError"]

_GenericAlias = type(list[int])

# Values of _Node.npredecessors once a node has left the count of
# unfinished predecessors behind.
_PASSED_OUT = -1
_DONE = -2


class _Node:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        # Predecessors not yet done, or _PASSED_OUT / _DONE.
        self.npredecessors = 0
        # Nodes that depend on this one, with repeats for repeated edges.
        self.successors = []


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle.
    args[1] is one of the cycles: a list of nodes, each an immediate
    predecessor of the next, whose first and last node are the same."""
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add node, which depends on each of predecessors (added as nodes
        themselves if new). Raises ValueError after prepare()."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get_nodeinfo(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and look for a cycle (raising CycleError;
        get_ready() still works up to the cycle)."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values()
                             if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Return a tuple of the nodes whose predecessors are all done and
        that were not returned before."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _PASSED_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Whether more progress can be made: nodes are ready, or nodes
        returned by get_ready() are not done yet."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed, which may make
        their successors ready."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state >= 0:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            if state == _DONE:
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _DONE
            for successor in info.successors:
                succ = n2i[successor]
                succ.npredecessors -= 1
                if succ.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first walk along successor edges, from each node in
        # insertion order; the first edge back to a node on the current
        # path closes the cycle that is reported.
        n2i = self._node2info
        path = []
        pending = []          # per path entry: an iterator of its successors
        on_path = {}          # node -> its index in path
        seen = set()
        for start in n2i:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in on_path:
                        return path[on_path[node]:] + [node]
                else:
                    seen.add(node)
                    pending.append(iter(n2i[node].successors))
                    on_path[node] = len(path)
                    path.append(node)
                # The next edge to follow, backtracking from exhausted nodes.
                while path:
                    node = next(pending[-1], _NO_NODE)
                    if node is not _NO_NODE:
                        break
                    del on_path[path.pop()]
                    pending.pop()
                else:
                    break
        return None

    def static_order(self):
        """Return an iterator of the nodes in a topological order (calls
        prepare(); raises CycleError on a cycle)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(_GenericAlias)


_NO_NODE = object()
