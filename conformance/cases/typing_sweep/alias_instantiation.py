# Calling a typing alias: those of the collections classes (Deque, Counter,
# DefaultDict, OrderedDict, ChainMap) and their subscriptions make instances
# of the class, as do Pattern/Match and the ABC aliases (which then refuse,
# being abstract); those of builtins (List, Dict, Set, Tuple, Type) refuse.
import typing

print(typing.Counter("hello"))
print(typing.Deque([1, 2], 3))
print(typing.OrderedDict[str, int](a=1))
print(typing.ChainMap[str, int]({}, {"a": 1}))
print(typing.DefaultDict(list))
c = typing.Counter[str]("aab")
print(c, c.__orig_class__)
d = typing.Deque()
print(d)
for make in [lambda: typing.List[int](), lambda: typing.Dict(), lambda: typing.Tuple[int](),
             lambda: typing.Set(), lambda: typing.Type[int](), lambda: typing.Iterable[int](),
             lambda: typing.Callable[[int], str](), lambda: typing.Hashable(),
             lambda: typing.Pattern(), lambda: typing.Mapping[str, int]()]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
