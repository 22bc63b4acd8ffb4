# typing.TypedDict's functional form makes a TypedDict class (name, module,
# annotations, totality and key sets), as the class syntax does.
from typing import TypedDict, NotRequired, Required, get_type_hints
class Movie(TypedDict):
    name: str
    year: int
print(Movie, Movie.__module__, Movie.__qualname__)
print(Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__))
R = TypedDict('R', {'a': int, 'b': NotRequired[str]})
print(R, R.__name__, R.__qualname__, R.__module__, R.__annotations__, R.__total__, sorted(R.__required_keys__), sorted(R.__optional_keys__))
r = R(a=1); print(r, type(r))
P = TypedDict('P', {'x': int}, total=False)
print(P.__total__, P.__required_keys__, P.__optional_keys__, P(x=3))
class Q(P): y: str
print(sorted(Q.__required_keys__), sorted(Q.__optional_keys__), Q.__annotations__)
try: TypedDict('Bad', {'x': int}, total=False, y=int)
except TypeError as e: print("TypeError", e)
try: TypedDict('Bad', {'x': 3})
except TypeError as e: print("TypeError", e)
print(TypedDict('E').__annotations__)
print(get_type_hints(R))
print(isinstance({}, dict), issubclass(R, dict))
print(R.__doc__)
