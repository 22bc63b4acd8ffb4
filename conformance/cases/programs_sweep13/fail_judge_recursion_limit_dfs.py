import sys


def depth(node, children):
    return 1 + max((depth(c, children) for c in children.get(node, [])), default=0)


n = int(sys.stdin.readline())
children = {}
for line in sys.stdin:
    a, b = map(int, line.split())
    children.setdefault(a, []).append(b)
print("nodes", n)
print("depth", depth(1, children))
