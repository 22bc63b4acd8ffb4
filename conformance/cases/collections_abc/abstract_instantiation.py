# Subclasses that leave abstract methods undefined cannot be instantiated.
from collections.abc import (MutableMapping, Sequence, Iterable, Iterator, Hashable, Sized,
                             MutableSet, Set, Mapping)

class Partial(MutableMapping):
    def __getitem__(self, key):
        return 1
    def __len__(self):
        return 0

for cls in [Partial, Sequence, Iterable, Iterator, Hashable, Sized, MutableSet, Set, Mapping]:
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
    print(cls.__name__, sorted(cls.__abstractmethods__))

class OnlyLen(Sized):
    def __len__(self):
        return 7

print(len(OnlyLen()), isinstance(OnlyLen(), Sized))

class It(Iterator):
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

it = It()
print(iter(it) is it, list(it))
