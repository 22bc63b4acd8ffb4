# Generic aliases inside unions.
u = list[int] | dict[str, int] | None
print(u)
print(u.__args__)
print(list[int] | list[int])
print(list[int] | list[str])
print(tuple[int, ...] | None)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print("TypeError", e)
