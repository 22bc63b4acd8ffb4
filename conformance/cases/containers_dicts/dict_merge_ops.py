# The | and |= operators and update order semantics.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
c = a
c |= b
print(c, a is c)
c |= [("w", 0)]
c |= {"x": -1}.items()
print(c)
try:
    c | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
d = {}
for i in range(100):
    d[i] = i * i
for i in range(0, 100, 3):
    del d[i]
for i in range(0, 30, 2):
    d[i] = "again"
print(len(d), list(d)[:10], list(d)[-10:])
e = dict.fromkeys(range(10))
for k in list(e):
    if k % 2:
        e.pop(k)
e[1] = "one"
print(e)
big = {str(i): i for i in range(1000)}
print(len(big), big["999"], sum(big.values()), list(big)[-3:])
