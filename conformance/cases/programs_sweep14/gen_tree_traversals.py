# Recursive generators over a tree: preorder, postorder, level order,
# paths to leaves, and early exit through a generator expression.
from collections import deque

TREE = ("a", [("b", [("d", []), ("e", [("h", [])])]), ("c", [("f", []), ("g", [])])])


def preorder(node):
    name, kids = node
    yield name
    for k in kids:
        yield from preorder(k)


def postorder(node):
    name, kids = node
    for k in kids:
        yield from postorder(k)
    yield name


def levels(node):
    q = deque([(node, 0)])
    while q:
        (name, kids), depth = q.popleft()
        yield depth, name
        q.extend((k, depth + 1) for k in kids)


def paths(node, prefix=()):
    name, kids = node
    if not kids:
        yield prefix + (name,)
    for k in kids:
        yield from paths(k, prefix + (name,))


print("".join(preorder(TREE)), "".join(postorder(TREE)))
by_level = {}
for depth, name in levels(TREE):
    by_level.setdefault(depth, []).append(name)
print(by_level)
print(["/".join(p) for p in paths(TREE)])
print(next(n for n in preorder(TREE) if n > "d"), any(n == "z" for n in postorder(TREE)))
print(max(paths(TREE), key=len), sum(1 for _ in preorder(TREE)))
