# Iterating a generic alias gives its starred form (*tuple[int, ...]), as in 3.11.
import copy
s = [*tuple[int, str]]
print(s, s[0].__unpacked__, tuple[int].__unpacked__)
print(s[0].__typing_unpacked_tuple_args__, list[int].__typing_unpacked_tuple_args__)
print([*list[int]][0].__typing_unpacked_tuple_args__)
print(tuple[int, *tuple[str, ...]])
print(s[0] == tuple[int, str], s[0] == [*tuple[int, str]][0])
print(list[int].__reduce__(), copy.copy(list[int]) == list[int])
try:
    iter(int | str)
except TypeError as e:
    print("TypeError", e)
try:
    list[int].nothing
except AttributeError as e:
    print("AttributeError", e)
