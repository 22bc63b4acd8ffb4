next(iter([]), 1, 2)
