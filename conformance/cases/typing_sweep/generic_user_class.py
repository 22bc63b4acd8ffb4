# User Generic[T] classes and subscripting them.
from typing import Generic, TypeVar, get_args, get_origin
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items)
a = Stack[int]
print(repr(a).replace("__main__.", ""), get_origin(a) is Stack, get_args(a))
print(Stack.__parameters__, a.__parameters__)
print(type(s).__name__, s.__orig_class__ == a)
print(Stack[int] == Stack[int], Stack[int] == Stack[str])
