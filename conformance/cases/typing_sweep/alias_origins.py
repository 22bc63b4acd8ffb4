# __origin__ of typing aliases point at the runtime classes.
import typing, collections, collections.abc
pairs = [(typing.Sequence[int], collections.abc.Sequence), (typing.Dict[str, int], dict),
         (typing.DefaultDict[str, int], collections.defaultdict), (typing.Deque[int], collections.deque),
         (typing.Iterator[int], collections.abc.Iterator), (typing.Type[int], type),
         (typing.Callable[[], int], collections.abc.Callable), (typing.FrozenSet[int], frozenset),
         (typing.OrderedDict[str, int], collections.OrderedDict), (typing.ChainMap[str, int], collections.ChainMap)]
for alias, origin in pairs:
    print(repr(alias), alias.__origin__ is origin, typing.get_origin(alias) is origin)
