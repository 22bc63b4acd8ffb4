class S:
    __slots__ = ()
S().x = 1
