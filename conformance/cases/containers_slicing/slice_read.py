# Reading slices of list, tuple, str and range with edge-case bounds.
seqs = [list(range(10)), tuple(range(10)), "abcdefghij", range(10)]
specs = [(None, None, None), (2, 7, None), (-3, None, None), (None, -3, None), (7, 2, -1),
         (None, None, -1), (None, None, 3), (100, None, None), (-100, 100, 2), (8, 1, -3),
         (5, 5, None), (9, -11, -2), (0, 10, 100), (-1, -100, -1)]
for seq in seqs:
    out = []
    for start, stop, step in specs:
        out.append(seq[start:stop:step])
    print(type(seq).__name__, out)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(10 ** 20).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
print(list(range(10))[slice(2, None, 3)], "hello"[slice(-1, None, -2)])
big = 10 ** 30
print([1, 2, 3][-big:big], [1, 2, 3][big:], (1, 2)[:-big], [1, 2, 3][::big], [1, 2, 3][::-big])
