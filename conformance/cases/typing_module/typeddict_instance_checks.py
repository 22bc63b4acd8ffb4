# TypedDict classes refuse isinstance() and issubclass() as CPython's _TypedDictMeta does.
from typing import TypedDict, is_typeddict, get_type_hints, Required, NotRequired
class P(TypedDict):
    x: int
class Q(P, total=False):
    y: str
R = TypedDict('R', {'a': int})
for f in (lambda: isinstance({}, P), lambda: issubclass(dict, P), lambda: isinstance(P(x=1), Q),
          lambda: issubclass(Q, P), lambda: isinstance(1, R), lambda: issubclass(P, dict)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(is_typeddict(P), is_typeddict(Q), is_typeddict(R), is_typeddict(dict), is_typeddict(TypedDict))
print(P(x=1), type(P(x=1)), Q.__required_keys__, sorted(Q.__optional_keys__), get_type_hints(Q))
print(isinstance(P, type), type(P).__name__)
print(sorted(P.__dict__))
