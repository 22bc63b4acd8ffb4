# PEP 585 generics: reprs of built-in generic aliases.
import collections, collections.abc, re
print(list[int], dict[str, list[int]], set[frozenset[str]])
print(tuple[int, ...], tuple[()], tuple[int, str, None])
print(type[int], type[list[int]])
print(list[None], dict[str, None])
print(collections.deque[int], collections.defaultdict[str, int])
print(collections.OrderedDict[str, int], collections.Counter[str])
print(collections.abc.Iterable[int], collections.abc.Mapping[str, int])
print(re.Pattern[str], re.Match[bytes])
print(list[list[list[int]]])
print(list["Foo"], dict["K", "V"])
print(list[...], enumerate[int])
