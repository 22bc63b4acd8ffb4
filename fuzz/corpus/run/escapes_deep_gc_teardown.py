# Structures nested up to 500,000 deep, dropped (so the collector
# traces and frees them) and kept alive to the end (so the interpreter's
# teardown frees them). Neither may recurse in C++.
# expect-output: built
# expect-output: collected 1000
# expect-output: ok


class Node:
    pass


def build(n):
    items = []
    for _ in range(n):
        items = [items]
    d = {}
    for _ in range(n // 10):
        d = {"k": d}
    t = ()
    for _ in range(n // 10):
        t = (t, [t])
    node = Node()
    for _ in range(n // 10):
        child = Node()
        child.next = node
        node = child
    f = None
    for _ in range(n // 10):
        f = (lambda g: lambda: g)(f)
    return [items, d, t, node, f]


garbage = build(500000)
kept = build(100000)
print("built")
garbage = None
# Allocate enough for the collector to run and free the dropped structures.
total = 0
for i in range(1000):
    total += len([i] * 1000) // 1000
print("collected", total)
print("ok")
