# isinstance with bare and subscripted typing aliases.
from typing import List, Dict, Sequence, Iterable, Mapping, Callable, Tuple
print(isinstance([], List), isinstance({}, Dict), isinstance((), Sequence))
print(isinstance("s", Iterable), isinstance({}, Mapping), isinstance(len, Callable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), isinstance((), Tuple))
for t in (lambda: isinstance([], List[int]), lambda: isinstance({}, Dict[str, int]),
          lambda: isinstance(len, Callable[[int], int])):
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
