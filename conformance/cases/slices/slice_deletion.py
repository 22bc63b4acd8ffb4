# del with slices.
xs = list(range(12))
del xs[::4]
print(xs)
del xs[-3:]
print(xs)
del xs[1:-1:2]
print(xs)
del xs[::-2]
print(xs)
del xs[100:]
print(xs)
ys = list("abcdef")
del ys[2:4], ys[0]
print(ys)
try:
    del "abc"[1:2]
except TypeError as e:
    print("TypeError", e)
try:
    t = (1, 2, 3)
    del t[0:1]
except TypeError as e:
    print("TypeError", e)
