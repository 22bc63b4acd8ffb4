# types.GenericAlias and types.UnionType as names.
import types
print(type(list[int]) is types.GenericAlias, type(int | str) is types.UnionType)
print(isinstance(int | str, types.UnionType), isinstance(list[int], type))
print(types.GenericAlias(tuple, (int, ...)), types.GenericAlias(list, int))
print(types.GenericAlias(list, ()).__args__)
try:
    types.UnionType()
except TypeError as e:
    print("TypeError", e)
try:
    types.GenericAlias(list, int, x=1)
except TypeError as e:
    print("TypeError", e)
