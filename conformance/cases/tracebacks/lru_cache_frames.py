# An exception through cached functions: the traceback shows the functions'
# frames and none for the cache wrapper.
import functools


@functools.lru_cache(maxsize=None)
def parse(text):
    return int(text)


@functools.cache
def total(a, b):
    return parse(a) + parse(b)


class Sheet:
    @functools.lru_cache(maxsize=4)
    def cell(self, name):
        return total(name, "x" + name)


print(total("1", "2"))
Sheet().cell("3")
