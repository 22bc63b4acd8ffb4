class R:
    def __repr__(self): return None
repr(R())
