def total(xs: list[int], weights: dict[str, float] | None = None) -> int | float:
    return sum(xs)


print(total([1, 2, 3]), total.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], set[str], frozenset[int])
print(list[int](range(3)), dict[str, int](a=1), list[int] == list[int], list[int] == list[str])
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__)
print(int | None, int | str | None, (int | str).__args__, int | int, (int | str) == (str | int))
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(issubclass(bool, int | None), issubclass(str, int | float))
print(hash(list[int]) == hash(list[int]), hash(int | str) == hash(str | int))
print(repr(list[int, str]), dict[str, "X"], list["int"], list[list[list[int]]])

for bad in [lambda: int[3], lambda: isinstance([], list[int]), lambda: int | 3, lambda: None | 3,
            lambda: 3 | int]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int])


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)

Vector = list[float]


def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]


print(scale([1.0, 2.0], 2))


class Node:
    children: list["Node"]
    parent: "Node | None" = None


print(Node.__annotations__)
