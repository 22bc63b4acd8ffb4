class It:
    def __iter__(self): return 5
iter(It())
