# Nested unpacking.
(a, b), c = (1, 2), 3
print(a, b, c)
[a, (b, c)], d = [1, (2, 3)], 4
print(a, b, c, d)
(x, (y, (z, w))) = (1, (2, (3, 4)))
print(x, y, z, w)
points = [((0, 0), "origin"), ((3, 4), "p1"), ((-1, 2), "p2")]
for (px, py), label in points:
    print(label, px, py, (px * px + py * py) ** 0.5)
data = {"a": (1, [2, 3]), "b": (4, [5, 6])}
for key, (num, [first, second]) in data.items():
    print(key, num, first, second)
(head, *tail), last = "abc", "z"
print(head, tail, last)
for i, (ch, code) in enumerate(zip("xyz", (120, 121, 122))):
    print(i, ch, code, ord(ch) == code)
