# Subclasses of list, dict, tuple, set and frozenset inherit
# __class_getitem__: subscripting the subclass aliases the subclass.
class Stack(list):
    pass


class Registry(dict):
    pass


class Pair(tuple):
    pass


class Tags(set):
    pass


class Frozen(frozenset):
    pass


class Deeper(Stack):
    pass


class Own(list):
    def __class_getitem__(cls, item):
        return f'{cls.__name__} of {item}'


for alias in (Stack[int], Registry[str, int], Pair[int, ...], Tags[str], Frozen[int],
              Deeper[float], Own[int]):
    print(alias)
alias = Stack[int]
print(alias.__origin__ is Stack, alias.__args__, alias([1, 2]), type(alias([1])).__name__)
print(Stack[int] == Stack[int], Stack[int] == list[int])


def annotated(items: Registry[str, int]) -> Stack[int]:
    return Stack(items.values())


print(annotated(Registry(a=1, b=2)), annotated.__annotations__['items'])


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)
