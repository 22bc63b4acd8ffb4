# __annotations__ of classes: own only, not inherited; annotated without value.
class A:
    x: int
    y: str = "s"
class B(A):
    z: float
class C(A):
    pass
print(A.__annotations__, B.__annotations__)
print(C.__annotations__)
print(hasattr(A, "x"), A.y)
class D:
    def method(self) -> None:
        self.attr: int = 3
d = D(); d.method()
print(D.__annotations__, d.attr)
class E:
    (paren): int
    lst = [1]
    lst[0]: int = 5
print(E.__annotations__, E.lst)
