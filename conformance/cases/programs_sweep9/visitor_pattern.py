class Node:
    def accept(self, visitor):
        method = getattr(visitor, "visit_" + type(self).__name__, visitor.generic_visit)
        return method(self)

class Leaf(Node):
    def __init__(self, v): self.v = v
class Pair(Node):
    def __init__(self, l, r): self.l, self.r = l, r
class Triple(Node):
    def __init__(self, *k): self.k = k

class Summer:
    def visit_Leaf(self, n): return n.v
    def visit_Pair(self, n): return n.l.accept(self) + n.r.accept(self)
    def generic_visit(self, n): raise NotImplementedError(type(n).__name__)

class Printer:
    def __init__(self): self.depth = 0
    def visit_Leaf(self, n): return "  " * self.depth + str(n.v)
    def visit_Pair(self, n):
        self.depth += 1
        parts = [n.l.accept(self), n.r.accept(self)]
        self.depth -= 1
        return "  " * self.depth + "Pair\n" + "\n".join(parts)
    def generic_visit(self, n): return "  " * self.depth + "?"

tree = Pair(Leaf(1), Pair(Leaf(2), Pair(Leaf(3), Triple())))
print(tree.accept(Printer()))
try:
    tree.accept(Summer())
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Pair(Leaf(4), Leaf(5)).accept(Summer()))
print(hasattr(Summer(), "visit_Triple"), getattr(Summer(), "nope", "default"))
try:
    getattr(Summer(), "nope")
except AttributeError as e:
    print(e)
