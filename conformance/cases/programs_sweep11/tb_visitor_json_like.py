class Visitor:
    def visit(self, node):
        meth = getattr(self, "visit_" + type(node).__name__, self.generic)
        return meth(node)

    def generic(self, node):
        raise TypeError(f"{type(self).__name__} cannot visit {type(node).__name__}")


class Pretty(Visitor):
    def __init__(self):
        self.depth = 0

    def visit_dict(self, d):
        if not d:
            return "{}"
        self.depth += 1
        pad = "  " * self.depth
        items = [f"{pad}{k!r}: {self.visit(v)}" for k, v in d.items()]
        self.depth -= 1
        return "{\n" + ",\n".join(items) + "\n" + "  " * self.depth + "}"

    def visit_list(self, l):
        return "[" + ", ".join(self.visit(x) for x in l) + "]"

    def visit_str(self, s):
        return repr(s)

    def visit_int(self, i):
        return str(i)

    visit_float = visit_int
    visit_bool = visit_int

    def visit_NoneType(self, n):
        return "null"


class Counter(Visitor):
    def generic(self, node):
        return 1

    def visit_dict(self, d):
        return 1 + sum(self.visit(v) for v in d.values())

    def visit_list(self, l):
        return 1 + sum(map(self.visit, l))


doc = {"name": "x", "tags": ["a", 1, 2.5, None, True], "nested": {"k": {}, "v": [[]]}}
print(Pretty().visit(doc))
print(Counter().visit(doc))
try:
    Pretty().visit({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
