# __class_getitem__ on user classes and types.GenericAlias directly.
import types
class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Registry[int], Registry["x"], Registry[1, 2])
class Shelf:
    __class_getitem__ = classmethod(types.GenericAlias)
s = Shelf[int]
print(repr(s).replace("__main__.", ""), s.__origin__ is Shelf, s.__args__)
g = types.GenericAlias(list, (int,))
print(g, g == list[int])
print(types.GenericAlias(dict, (str, int)))
try:
    types.GenericAlias(list)
except TypeError as e:
    print("TypeError", e)
