# The classic cache: an object is shared while someone uses it and
# rebuilt after everyone dropped it.
import weakref


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name


_cache = weakref.WeakValueDictionary()


def load(name):
    img = _cache.get(name)
    if img is None:
        img = Image(name)
        _cache[name] = img
    return img


a = load("cat")
b = load("cat")
print(a is b, Image.loads, len(_cache))
del a, b
print(len(_cache))
c = load("cat")
print(Image.loads, len(_cache))
for i in range(5):
    load("tmp%d" % i)
print(Image.loads, sorted(_cache))
