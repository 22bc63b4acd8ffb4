class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"])
print(list[int], dict[str, int], tuple[int, ...], type[int])
print(list[int]([1, 2]))
def f(x: list[int]) -> dict[str, int]: return {}
print(f.__annotations__)
class Node:
    def __init__(self, v: "int", nxt: "Node | None" = None): self.v = v
print(Node.__init__.__annotations__)
x: int = 5
print(x)
class A:
    y: int
    z: str = "s"
print(A.z, A.__annotations__)
try: A.y
except AttributeError as e: print(e)
try: int[0]
except TypeError as e: print(e)
class NoCGI: pass
try: NoCGI[int]
except TypeError as e: print(e)
print(int | str, int | None)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str))
