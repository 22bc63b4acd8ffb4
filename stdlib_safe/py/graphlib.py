"""Topological sorting of graphs of hashable nodes: TopologicalSorter and
CycleError.

moat's own implementation of CPython 3.11's graphlib. The order in which
get_ready() and static_order() hand out nodes, and the cycle a CycleError
carries, are CPython's: both follow the order in which nodes and edges were
added.
"""

__all__ = ["TopologicalSorter", "CycleError"]

_GenericAlias = type(list[int])

# What _Vertex.npredecessors holds once a node is no longer waiting for
# predecessors: handed out by get_ready(), then marked by done().
_HANDED_OUT = -1
_FINISHED = -2

_END = object()  # what next() gives for a used-up iterator of edges


class _Vertex:
    # One node: how many of its predecessors are unfinished (or one of the
    # states above) and the nodes that depend on it, repeated per edge.
    # The names are CPython's (_NodeInfo's), which scripts can reach through
    # TopologicalSorter._node2info.
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node, self.npredecessors, self.successors = node, 0, []


def _vertex(table, node):
    # The _Vertex of `node`, created (at the end of the order) if new.
    found = table.get(node)
    if found is None:
        found = _Vertex(node)
        table[node] = found
    return found


def _first_cycle(table):
    # A depth-first walk along the dependents' edges, starting from each
    # node in the order they were added; the first edge that leads back to
    # a node on the current path closes the cycle reported, as the path from
    # that node plus the node again. None if there is no cycle.
    visited = set()
    for root in table:
        if root in visited:
            continue
        visited.add(root)
        path = [root]
        position = {root: 0}
        edges = [iter(table[root].successors)]
        while edges:
            target = next(edges[-1], _END)
            if target is _END:
                # This node's edges are used up: step back from it.
                del position[path.pop()]
                edges.pop()
                continue
            if target in position:
                return path[position[target]:] + [target]
            if target in visited:
                continue
            visited.add(target)
            position[target] = len(path)
            path.append(target)
            edges.append(iter(table[target].successors))
    return None


class CycleError(ValueError):
    """The graph given to a TopologicalSorter has a cycle: args[1] lists one,
    each node a predecessor of the next, starting and ending with the same
    node."""


class TopologicalSorter:
    """Sorts the nodes of a graph so that each comes after its predecessors,
    all at once (static_order) or a batch of ready nodes at a time."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, graph=None):
        # The private names are CPython's: scripts can reach them.
        self._node2info = {}     # node -> _Vertex, in the order nodes appeared
        self._ready_nodes = None  # None until prepare(): then the ready nodes
        self._npassedout = 0     # nodes get_ready() has returned
        self._nfinished = 0      # nodes done() has marked
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _check_prepared(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")

    def add(self, node, *predecessors):
        """Record that `node` comes after each of `predecessors` (nodes not
        seen before are added); only allowed before prepare()."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        entry = _vertex(self._node2info, node)
        entry.npredecessors += len(predecessors)
        for before in predecessors:
            _vertex(self._node2info, before).successors.append(node)

    def prepare(self):
        """End the graph: the nodes without predecessors become ready, and a
        cycle raises CycleError (get_ready() still works up to it)."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [v.node for v in self._node2info.values() if v.npredecessors == 0]
        cycle = _first_cycle(self._node2info)
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The nodes now ready and not returned before, as a tuple."""
        self._check_prepared()
        batch = tuple(self._ready_nodes)
        for node in batch:
            self._node2info[node].npredecessors = _HANDED_OUT
        self._ready_nodes.clear()
        self._npassedout += len(batch)
        return batch

    def is_active(self):
        """Whether there is more to do: ready nodes not yet returned, or
        returned nodes not yet marked done."""
        self._check_prepared()
        if self._nfinished < self._npassedout:
            return True
        return bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed; the nodes waiting
        only for them become ready."""
        self._check_prepared()
        table = self._node2info
        for node in nodes:
            entry = table.get(node)
            if entry is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if entry.npredecessors == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            if entry.npredecessors != _HANDED_OUT:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            entry.npredecessors = _FINISHED
            for after in entry.successors:
                waiting_one = table[after]
                waiting_one.npredecessors -= 1
                if not waiting_one.npredecessors:
                    self._ready_nodes.append(after)
            self._nfinished += 1

    def static_order(self):
        """All the nodes in one topological order (an iterator); calls
        prepare(), so a cycle raises CycleError."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)
