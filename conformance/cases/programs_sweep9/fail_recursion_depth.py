def depth(node):
    return 1 + max((depth(c) for c in node), default=0)

print(depth([[[]], []]))
a = []
a.append(a)
print(depth(a))
