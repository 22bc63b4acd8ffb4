# Type expressions as dict keys, in sets and sorted by repr.
import typing
hints = {int | str: "a", list[int]: "b", typing.Optional[int]: "c"}
print(hints[str | int], hints[list[int]], hints[int | None])
s = {int | str, str | int, list[int], list[int]}
print(len(s))
print(sorted(map(repr, [dict[str, int], int | None, typing.List[int]])))
