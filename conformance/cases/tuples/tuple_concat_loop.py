# Building tuples incrementally.
acc = ()
for i in range(6):
    acc += (i * i,)
print(acc, len(acc))
acc = acc[:2] + ("inserted",) + acc[2:]
print(acc)
acc *= 2
print(acc[-3:], acc.count("inserted"))
pairs = tuple((i, j) for i in range(3) for j in range(i))
print(pairs)
