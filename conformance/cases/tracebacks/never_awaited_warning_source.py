# A coroutine dropped before it ever ran warns with its creation line, and,
# as the warning has a source object, with CPython's tracemalloc hint.
import warnings


async def fetch(n):
    return n * 2


def schedule(n):
    fetch(n)  # forgot the await
    print("scheduled", n)


schedule(1)
print("between")


class Handle:
    pass


warnings.warn("handle was not closed", ResourceWarning, source=Handle())
warnings.simplefilter("always")
warnings.warn("handle was not closed", ResourceWarning, source=Handle())
warnings.warn("no source here", UserWarning, source=None)
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "x = 1"), end="")
raise RuntimeError("stop after the warnings")
