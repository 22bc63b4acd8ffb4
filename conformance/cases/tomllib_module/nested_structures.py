import tomllib

doc = """
[a.b.c]
d = 1
[a]
e = 2
[a.b]
f = 3
[g]
h.i.j = 4
h.k = 5
[[l.m]]
n = 6
[[l.m]]
n = 7
[l.m.o]
p = 8
"""
data = tomllib.loads(doc)
print(data)
print(data["l"]["m"][1]["o"])
