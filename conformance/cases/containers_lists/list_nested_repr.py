# repr of nested and self-referencing containers.
a = [1, 2]
a.append(a)
print(a, len(a))
d = {"k": a}
print(d)
b = [a, a]
print(b)
t = (a,)
print(t)
dd = {}
dd["self"] = dd
print(dd)
deep = []
cur = deep
for i in range(50):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(str(deep)[:60])
print([str(1), repr("x"), 'q"uote', "it's", "\n"])
