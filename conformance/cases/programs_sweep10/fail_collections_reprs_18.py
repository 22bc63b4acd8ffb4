import itertools
itertools.permutations("abc", -1)
