# __class_getitem__ is an implicit classmethod, used only when the class
# itself is subscripted; __getitem__ on instances is separate.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
    def __getitem__(self, item):
        return f"instance[{item!r}]"


print(Box[int])
print(Box[1, 2])
print(Box()[0])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class Sub(Box):
    pass
print(Sub["x"])

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)

class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return ("explicit", cls.__name__, item)
print(Explicit[3])

class NotCallable:
    __class_getitem__ = 5
try:
    NotCallable[0]
except TypeError as e:
    print("TypeError", e)

print(list[int], dict[str, list[int]], tuple[int, ...])
print(list[int]([1, 2]), type(list[int]()).__name__)
try:
    int[str]
except TypeError as e:
    print("TypeError", e)
print(type[int], type(type[int]).__name__)
