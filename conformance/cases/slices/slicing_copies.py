# Slices make shallow copies.
a = [[1, 2], [3, 4], 5]
b = a[:]
b[2] = 50
b[0].append(99)
print(a, b, a[0] is b[0])
c = a[1:]
c[0] = "new"
print(a, c)
s = "immutable"
print(s[:] is s or s[:] == s, s[2:5], s[:] == s)
t = (1, [2])
u = t[:]
print(u == t, u[1] is t[1])
