# clear() and slice deletion affect every alias; rebinding does not.
a = [1, 2, 3]
b = a
a.clear()
print(a, b)
a = [1, 2, 3]
b = a
a = []
print(a, b)
c = [4, 5]
d = c
del c[:]
print(c, d)
e = [6, 7]
f = e
e[:] = [8]
print(e, f)
g = [1]
h = g
g *= 3
print(g, h, g is h)
g = g * 2
print(g, h, g is h)
