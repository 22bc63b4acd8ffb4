# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b = (1,)
print(a, b)
*c, = (1, 2)
print(c)
x, *y, z = [1, 2]
print(x, y, z)
[p, *q] = {10: "a", 20: "b", 30: "c"}
print(p, q)
for first, *others in [(1, 2, 3), (4,), ("a", "b")]:
    print(first, others)
name, *scores = "ann 90 85 77".split()
print(name, [int(s) for s in scores], sum(map(int, scores)) / len(scores))
*_, final = range(100)
print(final)
