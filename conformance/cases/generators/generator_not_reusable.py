# A generator object is exhausted once; re-create it to iterate again.
def letters():
    yield from "abc"


g = letters()
print(list(g), list(g), "b" in g)
print(list(letters()), list(letters()))
g = letters()
it1 = iter(g)
print(it1 is g, next(g), next(it1), list(g))
