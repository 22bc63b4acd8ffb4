class C:
    def __contains__(self, x): raise KeyError(x)
1 in C()
