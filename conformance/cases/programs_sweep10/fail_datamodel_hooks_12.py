class A(int):
    __slots__ = ("x",)
