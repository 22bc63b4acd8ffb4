# types.UnionType compared with typing.Union.
import typing
u = int | str
print(u == typing.Union[int, str], typing.Union[int, str] == u)
print(hash(u) == hash(typing.Union[int, str]))
print({u: 1}.get(str | int))
print(u != (int | bytes))
print(typing.get_origin(u), typing.get_args(u))
print(typing.get_origin(typing.Union[int, str]))
