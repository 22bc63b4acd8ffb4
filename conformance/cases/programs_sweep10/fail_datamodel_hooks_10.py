class A:
    __slots__ = ("a",)
    a = 5
