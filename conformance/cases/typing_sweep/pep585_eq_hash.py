# Equality and hashing of generic aliases.
print(list[int] == list[int], list[int] == list[str], list[int] == list)
print(list[int] != list[int], dict[str, int] == dict[str, int])
print(hash(list[int]) == hash(list[int]))
d = {list[int]: "li", dict[str, int]: "dsi"}
print(d[list[int]], d[dict[str, int]])
print(len({list[int], list[int], list[str]}))
print(tuple[int, ...] == tuple[int, ...], tuple[int] == tuple[int, ...])
