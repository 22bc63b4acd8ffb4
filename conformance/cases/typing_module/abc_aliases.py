# typing's collection aliases stand for the collections.abc classes.
import typing
import collections.abc

print(typing.Iterable.__origin__ is collections.abc.Iterable,
      typing.AbstractSet.__origin__ is collections.abc.Set,
      typing.Callable.__origin__ is collections.abc.Callable)
print(isinstance([], typing.Iterable), isinstance(3, typing.Iterable),
      isinstance({}, typing.Mapping), isinstance({}, typing.Sequence))
print(issubclass(dict, typing.MutableMapping), issubclass(list, typing.Hashable))
print(typing.Mapping[str, int], typing.Callable[[int], str])

class Registry(typing.Mapping):
    def __init__(self):
        self._d = {"a": 1}
    def __getitem__(self, key):
        return self._d[key]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

r = Registry()
print(r.get("a"), list(r.items()), isinstance(r, collections.abc.Mapping))

class Incomplete(typing.Sequence):
    pass

try:
    Incomplete()
except TypeError as e:
    print("TypeError", e)
try:
    typing.Iterable()
except TypeError as e:
    print("TypeError", e)
print(collections.abc.Sized in (typing.Sized.__origin__,))
