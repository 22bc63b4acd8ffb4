class It:
    def __iter__(self): return self
    __next__ = None
for x in It(): pass
