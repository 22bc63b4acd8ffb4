import functools
functools.reduce(lambda a, b: a / b, [1, 0])
