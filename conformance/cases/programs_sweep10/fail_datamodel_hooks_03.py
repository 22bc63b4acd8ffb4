class B:
    def __bool__(self): return None
if B(): pass
