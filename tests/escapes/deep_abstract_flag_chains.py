# __isabstractmethod__ of a property whose getter is a property whose getter
# is ... 100,000 deep (and the same with classmethod and staticmethod):
# each level asks the next one in C++, so the chain must end in a catchable
# RecursionError, not in a crashed host. Shallow chains still answer.
# expect-output: property RecursionError
# expect-output: classmethod RecursionError
# expect-output: staticmethod RecursionError
# expect-output: mixed RecursionError
# expect-output: shallow True True
N = 100000


def abstract(self):
    pass


abstract.__isabstractmethod__ = True


def chain(wrap, n):
    obj = abstract
    for i in range(n):
        obj = wrap(obj, i)
    return obj


wrappers = {
    "property": lambda obj, i: property(obj),
    "classmethod": lambda obj, i: classmethod(obj),
    "staticmethod": lambda obj, i: staticmethod(obj),
    "mixed": lambda obj, i: (property, classmethod, staticmethod)[i % 3](obj),
}
for name, wrap in wrappers.items():
    deep = chain(wrap, N)
    try:
        deep.__isabstractmethod__
        print(name, "answered")
    except RecursionError:
        print(name, "RecursionError")

print("shallow", chain(wrappers["mixed"], 50).__isabstractmethod__,
      chain(lambda obj, i: property(None, obj), 3).__isabstractmethod__)
