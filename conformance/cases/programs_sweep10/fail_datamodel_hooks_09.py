class A:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
print(A().__slots__, hasattr(A(), "__dict__"))
A().__dict__
