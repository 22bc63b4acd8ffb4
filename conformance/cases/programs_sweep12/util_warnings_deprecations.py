import warnings
import sys


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x + 1


def risky(v):
    if v < 0:
        warnings.warn(f"negative value {v} clamped", UserWarning)
        return 0
    return v


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(old_api(1), risky(-5), risky(3), risky(-1))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        risky(-2)
    except UserWarning as e:
        print("raised:", e)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="negative")
    print(risky(-3))


def show(message, category, filename, lineno, file=None, line=None):
    print(f"[custom] {category.__name__}: {message}")


warnings.showwarning = show
warnings.simplefilter("default")
risky(-7)
risky(-7)
warnings.warn("plain", RuntimeWarning)
print(issubclass(DeprecationWarning, Warning), sys.version_info[:2])
