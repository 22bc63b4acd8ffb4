# Iterating while mutating, reversed iterators, and in-place operators.
a = [1, 2, 3, 4]
for x in a:
    if x < 3:
        a.append(x * 10)
print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    b.remove(x)
print(b)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
c = [1, 2, 3]
it = reversed(c)
c.pop()
c.pop()
print(list(it))
d = [0]
e = d
d += [1, 2]
d *= 2
print(d, e is d, e)
d *= 0
print(d, e)
f = [1, 2]
f.extend(f)
print(f)
g = [[]] * 3
g[0].append(1)
print(g)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
