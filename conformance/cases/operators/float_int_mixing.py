# Mixed int/float/bool arithmetic and result types.
exprs = [1 + 2.0, 3 * True, 7 / 7, 7 // 2.0, 2 ** 0.5, 2 ** 2, 10 % 3.5, True + True, 1 - 1.0,
         -True, 3 // True, 2.0 ** 2, 4 ** -1, int(2.9) + 0.1, abs(-3), abs(-3.0)]
for v in exprs:
    print(repr(v), type(v).__name__)
