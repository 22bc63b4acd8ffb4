# copy vs alias for sets.
a = {1, 2, 3}
b = a
c = a.copy()
d = set(a)
a.add(4)
print(a, b, c, d, a is b, a == c)
b -= {1}
print(a)
a = a | {9}
print(a, b)
