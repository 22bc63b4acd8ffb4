class S:
    def __str__(self): return 5
str(S())
