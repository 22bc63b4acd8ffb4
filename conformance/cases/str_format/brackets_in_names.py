# Inside [brackets] the characters ':', '!', '{' and '}' belong to the key.
d = {"a:b": 1, "a!b": 2, "{": 3, "}": 4, "x.y": 5}
print("{0[a:b]} {0[a!b]} {0[{]} {0[}]} {0[x.y]}".format(d))
print("{0[a:b]:>4}|{0[a!b]!r}".format(d))
print("{d[a:b]}".format(d=d))
