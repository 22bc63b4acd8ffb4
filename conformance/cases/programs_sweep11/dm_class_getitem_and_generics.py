class Box:
    def __init__(self, item):
        self.item = item

    def __class_getitem__(cls, param):
        name = param.__name__ if isinstance(param, type) else repr(param)
        return f"{cls.__name__}[{name}]"

    def __repr__(self):
        return f"Box({self.item!r})"


print(Box[int], Box["x"], Box[Box], Box(3))
print(list[int], dict[str, list[int]], tuple[int, ...], type[str] if True else None)
print(list[int]([1, 2]), list[int] == list[int], list[int].__origin__, dict[str, int].__args__)
print(isinstance([1], list), type(list[int]).__name__)
try:
    isinstance([1], list[int])
except TypeError as e:
    print("TypeError", e)
try:
    int[str]
except TypeError as e:
    print("TypeError", e)


def first(xs: list[int]) -> int | None:
    return xs[0] if xs else None


print(first([5]), first([]), first.__annotations__["xs"], first.__annotations__["return"])
