class Node:
    def __init__(self, val, *kids):
        self.val = val
        self.kids = kids


def walk(node, depth=0):
    yield depth, node.val
    for k in node.kids:
        yield from walk(k, depth + 1)


def count_leaves(node):
    if not node.kids:
        yield node.val
        return 1
    n = 0
    for k in node.kids:
        n += yield from count_leaves(k)
    return n


tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b"), Node("c", Node("c1", Node("c1x"))))
for d, v in walk(tree):
    print("  " * d + v)


def driver():
    total = yield from count_leaves(tree)
    print("leaves:", total)


print(list(driver()))
gen = walk(tree)
print(next(gen), next(gen))
gen.close()
print(list(gen))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for i in x:
            yield from flatten(i)
    else:
        yield x


print(list(flatten([1, [2, (3, [4, []]), 5], [[6]]])))
