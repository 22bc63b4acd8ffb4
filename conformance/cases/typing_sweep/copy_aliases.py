# copy and deepcopy of type expressions.
import copy, typing
for t in (list[int], int | str, typing.List[int], typing.Optional[int], typing.Any,
          typing.Union, typing.Callable[[int], str], typing.Literal[1]):
    c = copy.copy(t)
    d = copy.deepcopy(t)
    print(repr(t), c == t, d == t)
