# Many short-lived objects, dicts and cyclic structures: collections happen
# along the way, triggered by allocation volume, at the same points every run.
class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def build(depth, fanout, parent=None, counter=[0]):
    counter[0] += 1
    node = Node(counter[0], parent)
    if depth > 0:
        for _ in range(fanout):
            build(depth - 1, fanout, node)
    return node


total = 0
for round_ in range(30):
    root = build(5, 4)
    index = {}
    stack = [root]
    while stack:
        n = stack.pop()
        index[n.value] = n
        stack.extend(n.children)
    members = set(index.values())
    total += sum(n.value for n in members if n.value % 3 == 0)
    words = {str(k): [k] * (k % 5) for k in range(500)}
    total += len(words) + len(members)
print(total)
print(sorted(index)[:10], len(index))
