# yield from delegates to sub-iterables and sub-generators.
def inner():
    yield "a"
    yield "b"
    return "inner done"


def outer():
    result = yield from inner()
    yield f"inner returned {result}"
    yield from range(3)
    yield from "xy"


print(list(outer()))


def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, (3, [4, 5]), []], 6, [[7]]])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3,), "ab", range(2))))


def tree_walk(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from tree_walk(child, depth + 1)


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for depth, name in tree_walk(tree):
    print("  " * depth + name)
