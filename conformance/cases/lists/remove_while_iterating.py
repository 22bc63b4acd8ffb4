# Safe ways to remove items while iterating.
xs = [1, 2, 2, 3, 4, 4, 4, 5]
evens_removed = [x for x in xs if x % 2]
print(evens_removed)
ys = xs[:]
for x in ys[:]:
    if x == 4:
        ys.remove(x)
print(ys)
zs = xs[:]
i = 0
while i < len(zs):
    if zs[i] == 2:
        del zs[i]
    else:
        i += 1
print(zs)
ws = xs[:]
for i in range(len(ws) - 1, -1, -1):
    if ws[i] > 3:
        ws.pop(i)
print(ws)
buggy = xs[:]
for x in buggy:
    if x == 4:
        buggy.remove(x)
print(buggy)
