frozenset(1)
