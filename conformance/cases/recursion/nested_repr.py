# repr(), str(), ascii(), print(), format() and friends of containers nested
# 100,000 deep end with a catchable RecursionError, as in CPython. Each
# value is built when its turn comes and dropped after.
N = 100000


def nest(wrap, inner):
    x = inner
    for _ in range(N):
        x = wrap(x)
    return x


def mixed(x, i=[0]):
    i[0] += 1
    return [x] if i[0] % 3 == 0 else ((x,) if i[0] % 3 == 1 else {"k": x})


values = {
    "list": lambda: nest(lambda x: [x], []),
    "tuple": lambda: nest(lambda x: (x,), ()),
    "dict": lambda: nest(lambda x: {1: x}, {}),
    "frozenset": lambda: nest(lambda x: frozenset([x]), frozenset()),
    "set of frozensets": lambda: {nest(lambda x: frozenset([x]), frozenset())},
    "dict values": lambda: nest(lambda x: {1: x}, {}).values(),
    "dict items": lambda: nest(lambda x: {1: x}, {}).items(),
    "slice": lambda: nest(lambda x: slice(x), None),
    "exception args": lambda: nest(lambda x: ValueError(x), None),
    "generic alias": lambda: nest(lambda x: list[x], int),
    "mixed": lambda: nest(mixed, None),
}
renderers = [
    ("repr", repr),
    ("str", str),
    ("ascii", ascii),
    ("format", lambda x: format(x, "")),
    ("str.format", lambda x: "{!r:>3}".format(x)),
    ("f-string", lambda x: f"{x}"),
    ("percent", lambda x: "%s and %r" % (x, x)),
    ("print", print),
]
for name, build in values.items():
    value = build()
    for how, render in renderers:
        try:
            render(value)
            print(name, how, "ok")
        except RecursionError as e:
            print(name, how, "RecursionError:", e)
# The containers are still usable afterwards.
print(len(values["list"]()), len(values["dict"]()), repr([[[1]]]))
