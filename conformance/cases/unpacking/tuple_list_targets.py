# Tuple and list targets.
a, b = 1, 2
(c, d) = [3, 4]
[e, f] = (5, 6)
g, h = "gh"
i, j = range(2)
k, l = {"k": 1, "l": 2}
print(a, b, c, d, e, f, g, h, i, j, k, l)
x = y = z = 0
x, y = y + 1, x + 2
print(x, y, z)
m, = [99]
(n,) = (100,)
[o] = "o"
print(m, n, o)
p, q = q_val = (7, 8)
print(p, q, q_val)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
print(lst)
d = {}
d["a"], d["b"] = 1, 2
print(d)
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
