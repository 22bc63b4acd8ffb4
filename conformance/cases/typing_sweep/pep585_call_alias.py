# Calling a generic alias calls its origin.
print(list[int]([1, 2, 3]), list[int]())
print(dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(set[int]([3, 3, 1]) == {1, 3})
print(type(list[int]()).__name__)
class Box(list): pass
b = Box[int]([1])
print(type(b).__name__, b)
try:
    list[int](1)
except TypeError as e:
    print("TypeError", e)
