# A visitor dispatching on node class names through getattr, with a
# generic_visit fallback, over a small expression tree.
class Node:
    def __init__(self, *children, value=None):
        self.children, self.value = list(children), value


class Num(Node):
    pass


class Add(Node):
    pass


class Mul(Node):
    pass


class Neg(Node):
    pass


class Visitor:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        raise NotImplementedError(f"no visit_{type(node).__name__}")


class Evaluator(Visitor):
    def visit_Num(self, n):
        return n.value

    def visit_Add(self, n):
        return sum(self.visit(c) for c in n.children)

    def visit_Mul(self, n):
        result = 1
        for c in n.children:
            result *= self.visit(c)
        return result


class Printer(Visitor):
    def visit_Num(self, n):
        return str(n.value)

    def visit_Add(self, n):
        return "(" + " + ".join(map(self.visit, n.children)) + ")"

    def visit_Mul(self, n):
        return " * ".join(map(self.visit, n.children))

    def visit_Neg(self, n):
        return "-" + self.visit(n.children[0])


tree = Add(Num(value=2), Mul(Num(value=3), Num(value=4)), Num(value=5))
print(Printer().visit(tree), "=", Evaluator().visit(tree))
neg = Add(Num(value=1), Neg(Num(value=2)))
print(Printer().visit(neg))
try:
    Evaluator().visit(neg)
except NotImplementedError as e:
    print("NotImplementedError:", e)
