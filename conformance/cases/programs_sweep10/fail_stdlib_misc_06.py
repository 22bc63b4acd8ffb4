import operator as op
print(op.itemgetter(1, 0)("ab"), op.attrgetter("real", "imag")(3+4j), op.methodcaller("split", ",")("a,b"), op.add(1, 2), op.concat([1], [2]), op.contains("ab", "a"), op.countOf([1, 1], 1), op.indexOf("ab", "b"), op.truth([]), op.neg(3), op.index(5), op.is_not(1, None))
op.itemgetter(5)([1])
