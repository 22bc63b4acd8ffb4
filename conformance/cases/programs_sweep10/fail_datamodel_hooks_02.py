class I:
    def __index__(self): return 2
print([1, 2, 3][I()], "abc"[I():], range(I()), bin(I()), hex(I()), list(range(10))[I():I()*3:I()], [0] * I(), I().__index__())
