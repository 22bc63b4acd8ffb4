# issubclass() between built-in types and the ABCs, and between ABCs.
from collections.abc import (Iterable, Iterator, Reversible, Sized, Container, Collection,
                             Hashable, Callable, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, MutableSet, ByteString, Generator,
                             MappingView, KeysView)

print(issubclass(dict, MutableMapping), issubclass(dict, Mapping), issubclass(dict, Sequence))
print(issubclass(list, MutableSequence), issubclass(tuple, MutableSequence),
      issubclass(tuple, Sequence))
print(issubclass(str, Sequence), issubclass(bytes, ByteString), issubclass(bytearray, ByteString),
      issubclass(bytearray, MutableSequence))
print(issubclass(set, MutableSet), issubclass(frozenset, MutableSet), issubclass(frozenset, Set))
print(issubclass(tuple, Reversible), issubclass(range, Reversible), issubclass(dict, Reversible))
print(issubclass(list, Hashable), issubclass(tuple, Hashable), issubclass(dict, Hashable),
      issubclass(int, Hashable), issubclass(bytearray, Hashable))
print(issubclass(type, Callable), issubclass(int, Callable), issubclass(int, Iterable))
print(issubclass(Sequence, Collection), issubclass(MutableMapping, Sized),
      issubclass(Iterator, Iterable), issubclass(Generator, Iterator))
print(issubclass(KeysView, Set), issubclass(KeysView, MappingView), issubclass(Set, Hashable))
print(issubclass(list, (int, Iterable)), issubclass(int, (str, Container)))
print(list.__hash__, dict.__hash__, set.__hash__, [].__hash__)
