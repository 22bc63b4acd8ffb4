# PEP 604 unions of built-in types: repr, __args__, flattening, dedup.
u = int | str
print(u, type(u).__name__, u.__args__)
print(int | str | float)
print((int | str) | (float | int))
print(int | int)
print(int | str == str | int, (int | str) == (int | str | int))
print(hash(int | str) == hash(str | int))
print(bool | bytes | bytearray | complex)
print(list | dict | set | frozenset | tuple)
