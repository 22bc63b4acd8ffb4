# A generic-like container checks the number of type parameters.
class Pair:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError(f"Pair needs 2 type parameters, got {params!r}")
        return f"Pair[{params[0].__name__}, {params[1].__name__}]"


print(Pair[int, str])
print(Pair[int])
