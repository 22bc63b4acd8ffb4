# repr of tuples with assorted element types.
print((1,), (1, 2), ("a",), ('it\'s',), (None, True, False), (1.0, -0.0, float("inf")))
print(((), [], {}), ((1,), [1], {1: 1}), ("tab\t", "nl\n"), ("é", "日本"))
print(str((1, "a")), repr(("a", 'b')), str(()), repr((((),),)))
print(tuple(range(20)))
print((10 ** 20, -(10 ** 20)), (0.1, 0.2, 0.1 + 0.2))
