# Slice assignment and deletion.
xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [-2, -1]
print(xs)
xs[len(xs):] = [100, 101]
print(xs)
xs[1:3] = []
print(xs)
xs[::2] = ["E"] * len(xs[::2])
print(xs)
del xs[::3]
print(xs)
del xs[-2:]
print(xs)
xs[:] = "xyz"
print(xs)
ys = [0, 1, 2, 3, 4, 5]
ys[4:1:-1] = ["p", "q", "r"]
print(ys)
ys[1:1] = [7, 8, 9]
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    ys[1:3] = 5
except TypeError as e:
    print("TypeError", e)
try:
    ys[::0] = []
except ValueError as e:
    print("ValueError", e)
zs = list(range(8))
del zs[1::2]
print(zs)
del zs[:]
print(zs)
ws = [1, 2, 3]
ws[5:10] = [4]
ws[-10:1] = [0]
print(ws)
ws[1:2] = range(3)
print(ws)
