from collections import namedtuple

Pt = namedtuple("Pt", "x y")
p = Pt(1, 2)
print(p.x + p.y)
print(p.z)
