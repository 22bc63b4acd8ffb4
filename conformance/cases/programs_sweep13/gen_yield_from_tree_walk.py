class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)

    def walk(self, depth=0):
        yield depth, self.name
        for child in self.children:
            yield from child.walk(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.name
            return
        for c in self.children:
            yield from c.leaves()


def counting(gen):
    count = 0
    result = yield from gen
    return result, count


tree = Node("root", Node("src", Node("main.py"), Node("util", Node("io.py"), Node("text.py"))), Node("README"), Node("tests", Node("test_io.py")))
for depth, name in tree.walk():
    print("  " * depth + ("└ " if depth else "") + name)
print(list(tree.leaves()))


def numbered():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def outer():
    result = yield from numbered()
    yield f"inner returned {result}"


g = outer()
print(next(g), g.send(5), g.send(10), g.send(None))
