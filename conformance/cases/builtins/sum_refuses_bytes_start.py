# sum() refuses str, bytes and bytearray start values, each with its own hint.
for start in ['', b'', bytearray(), 'abc']:
    try:
        sum([], start)
    except TypeError as e:
        print(type(start).__name__, 'TypeError', e)
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([0.5, 0.25], 1))
print(sum([1, 2], start=10), sum(iter([1.5, 2.5])))
