tuple(iterable=[1])
