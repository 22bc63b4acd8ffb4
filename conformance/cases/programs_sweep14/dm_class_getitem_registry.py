# __class_getitem__ used for a typed container registry, next to the
# generic aliases the standard types give.
class TypedList(list):
    _specs = {}

    def __class_getitem__(cls, item):
        key = (cls.__name__, item)
        if key not in cls._specs:
            name = f"{cls.__name__}[{getattr(item, '__name__', repr(item))}]"
            class Spec:
                pass
            Spec.__name__ = Spec.__qualname__ = name
            cls._specs[key] = Spec
        return cls._specs[key]

    @classmethod
    def checked(cls, item_type, values):
        bad = [v for v in values if not isinstance(v, item_type)]
        if bad:
            raise TypeError(f"expected only {item_type.__name__}, got {bad!r}")
        return cls(values)


print(TypedList[int].__name__, TypedList[int] is TypedList[int], TypedList[str] is TypedList[int])
print(TypedList.checked(int, [1, 2, 3]))
try:
    TypedList.checked(int, [1, "2", 3.0])
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)


class Meta:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return f"{cls.__name__}<{', '.join(p.__name__ for p in params)}>"


print(Meta[int], Meta[int, str], Meta[Plain])
