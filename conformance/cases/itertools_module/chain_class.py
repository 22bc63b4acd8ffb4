# itertools.chain is a class, as in CPython: subscripting, isinstance,
# type names, from_iterable and subclasses.
import itertools
from itertools import chain

c = chain([1, 2], (3,), "ab")
print(type(c).__name__, type(c).__module__, isinstance(c, chain), list(c), list(c))
print(chain[int], chain[str, int].__args__, chain[int].__origin__ is chain)
print(type(chain.from_iterable([[1], [2, 3]])).__name__, list(chain.from_iterable(["ab", "c"])))
print(list(chain()), next(chain([], [7])), iter(c) is c)

class Numbered(chain):
    def __next__(self):
        return "#" + str(super().__next__())

print(list(Numbered([1], [2])), type(Numbered.from_iterable([[5]])).__name__,
      list(Numbered.from_iterable([[5]])))
try:
    chain(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    list(chain([1], 5))
except TypeError as e:
    print("TypeError", e)
try:
    len(chain())
except TypeError as e:
    print("TypeError", e)
print(itertools.count.__name__, type(itertools.count()).__name__, type(itertools.repeat(1)).__name__)
try:
    len(itertools.count())
except TypeError as e:
    print("TypeError", e)
print(isinstance(chain, type), callable(chain.from_iterable))
