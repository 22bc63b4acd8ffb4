# slice() builtin used with sequences.
s = slice(2, None)
print(s, [0, 1, 2, 3][s], "hello"[slice(1, 4)], (1, 2, 3)[slice(None, None, -1)], range(10)[slice(3)])
cols = {"name": slice(0, 10), "qty": slice(10, 15), "price": slice(15, 22)}
rows = ["apples       12   0.50", "watermelon    1   3.99"]
for row in rows:
    print({k: row[v].strip() for k, v in cols.items()})
print(slice(1, 2, 3).indices(10), slice(None).indices(3))
