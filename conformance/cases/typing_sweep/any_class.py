# typing.Any is a class in 3.11: unions, subclassing, refusals.
import typing
from typing import Any
print(Any, isinstance(Any, type), int | Any, Any | None)
print(typing.Union[int, Any], typing.Optional[Any], list[Any], typing.Dict[str, Any])
class Mock(Any):
    v = 3
m = Mock()
print(m.v, isinstance(m, Mock), issubclass(Mock, Any))
for t in (lambda: isinstance(1, Any), lambda: Any(), lambda: issubclass(int, Any),
          lambda: Mock(1)):
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
print(Any.__name__, Any.__module__)
