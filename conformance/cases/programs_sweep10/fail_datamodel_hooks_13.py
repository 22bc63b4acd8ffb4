class A(tuple):
    __slots__ = ("x",)
