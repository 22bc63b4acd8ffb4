# A namedtuple's class docstring is its generated signature, where a lone
# field keeps its trailing comma (`X(a,)`), and a field's getter says which
# index it reads (round 14). The methods' docstrings are CPython's prose,
# which moat does not carry (a known difference), so they are not printed.
import collections
import inspect
import typing

for spec in ["a", "a b", "", "x y z"]:
    NT = collections.namedtuple("NT", spec)
    print(repr(NT.__doc__))
One = collections.namedtuple("One", ["value"], defaults=[0])
for name in ["value"]:
    print(f"{name:15} {inspect.getdoc(getattr(One, name))!r}")


class Row(typing.NamedTuple):
    key: str


class Documented(typing.NamedTuple):
    """A row with its own docstring."""
    key: str
    value: int = 0


print(repr(Row.__doc__), repr(Documented.__doc__))
print(One(), One._make([5]), One(1)._replace(value=2), One(3)._asdict(), One(4).__getnewargs__())
