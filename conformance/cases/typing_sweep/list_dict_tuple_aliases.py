# typing.List/Dict/Tuple/Set and friends.
from typing import List, Dict, Tuple, Set, FrozenSet, Type, DefaultDict, Deque, Counter
print(List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Set[int], FrozenSet[str], Type[int], DefaultDict[str, List[int]])
print(Deque[int], Counter[str])
print(List[int].__origin__, Dict[str, int].__args__, Tuple[int, ...].__args__)
print(List[int] == List[int], List[int] == list[int], hash(List[int]) == hash(List[int]))
print(List.__origin__, Dict._name if hasattr(Dict, "_name") else "", List.__name__ if hasattr(List, "__name__") else "")
for t in (lambda: List[int]([1, 2]), lambda: Dict[str, int](a=1), lambda: List[int, str], lambda: Dict[int], lambda: List(), lambda: Tuple[int][str]):
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
