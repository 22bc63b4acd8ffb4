# types.GenericAlias can be subclassed, as in CPython.
import types
class Tagged(types.GenericAlias):
    def __repr__(self):
        return "Tagged:" + super().__repr__()
t = Tagged(list, (int,))
print(t, t.__origin__, t.__args__, isinstance(t, types.GenericAlias))
print(t == list[int], hash(t) == hash(list[int]))
print(t | None)
print(t([1, 2]))
print(t.append is list.append, t.__class__ is Tagged)
u = t[()] if False else Tagged(dict, (str, int))
print(u)
try:
    isinstance([], t)
except TypeError as e:
    print("TypeError", e)
class Child(Tagged(list, (int,))):
    pass
print(issubclass(Child, list))
