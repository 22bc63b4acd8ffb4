# The unsubscripted aliases (List, Dict, Tuple, Deque, Iterable...) work
# with isinstance() and issubclass() as their origin classes do; the
# subscripted ones refuse.
import collections
import typing
from typing import Counter, Deque, Dict, FrozenSet, Iterable, List, Set, Tuple, Type


class MyList(list):
    pass


for alias, value in [(List, []), (List, MyList()), (List, ()), (Dict, {}), (Tuple, ()),
                     (Set, set()), (FrozenSet, frozenset()), (Deque, collections.deque()),
                     (Counter, collections.Counter()), (Type, int), (Iterable, "ab"),
                     (Dict, collections.OrderedDict())]:
    print(alias, isinstance(value, alias), issubclass(type(value), alias))
print(issubclass(typing.List, typing.List), issubclass(typing.List, typing.Sequence))
print(issubclass(MyList, (typing.Dict, typing.List)))
for check in (lambda: isinstance([], List[int]), lambda: issubclass(List[int], List)):
    try:
        check()
    except TypeError as e:
        print("TypeError", e)
