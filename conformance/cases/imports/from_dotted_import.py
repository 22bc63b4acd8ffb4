# `from a.b import x` imports the submodule and takes names from it.
from collections.abc import Iterable, Sized as S
print(Iterable.__name__, S.__name__)
print(isinstance([1], Iterable), isinstance(3, S))
import collections
print(collections.abc.Iterable is Iterable)
