# array.array is registered as a collections.abc.MutableSequence, as the C
# module does at import, so generic code that checks the ABCs accepts it.
import array
from collections.abc import Iterable, MutableSequence, Reversible, Sequence, Sized

a = array.array('i', [3, 1, 2])
for abc_class in (MutableSequence, Sequence, Reversible, Sized, Iterable):
    print(abc_class.__name__, isinstance(a, abc_class), issubclass(array.array, abc_class))


def describe(value):
    match value:
        case [first, *rest]:
            return ('sequence', first, len(rest))
        case _:
            return ('other',)


print(describe(a), describe(array.array('b')))
print(list(reversed(a)), a.index(1), a.count(2))
