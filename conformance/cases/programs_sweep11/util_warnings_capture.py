import warnings


def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2


def risky(v):
    if v < 0:
        warnings.warn(f"negative value {v} clipped", RuntimeWarning)
        v = 0
    return v


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(old_api(3), risky(-5), risky(4))
for w in caught:
    print(w.category.__name__, "|", w.message)
with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    try:
        risky(-1)
    except RuntimeWarning as e:
        print("raised:", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(risky(-2))
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), UserWarning.__mro__[1].__name__ if False else "")
