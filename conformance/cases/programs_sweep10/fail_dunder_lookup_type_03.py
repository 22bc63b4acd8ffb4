class I:
    def __index__(self): return 1.5
[1, 2][I()]
