import functools


def typed(*types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}() arg {i} must be {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco


@typed(str, int)
def repeat(s, n):
    return s * n


print(repeat("ab", 3))
print(repeat.__name__, repeat.__wrapped__("x", 2))
print(repeat("ab", "3"))
