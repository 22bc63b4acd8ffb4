class A:
    __slots__ = ("__dict__", "__dict__")
