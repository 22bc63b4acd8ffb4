# Nested tuple structures and equality.
tree = (1, (2, (4, None, None), (5, None, None)), (3, None, (6, None, None)))


def walk(node, depth=0):
    if node is None:
        return []
    value, left, right = node
    return walk(left, depth + 1) + [(value, depth)] + walk(right, depth + 1)


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node[1]), height(node[2]))


print(walk(tree))
print(height(tree), tree[1][1], tree[2][2][0])
print(tree == (1, (2, (4, None, None), (5, None, None)), (3, None, (6, None, None))))
print(((1, 2), (3,)) + ((4,),), len(((),)), ((),) == ((),))
deep = ()
for i in range(5):
    deep = (i, deep)
print(deep)
