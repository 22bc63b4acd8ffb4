# Iterators wrapping iterators 100,000 deep: advancing the outermost one is
# 100,000 nested next() calls in C++ (CPython 3.11 crashes on most of these).
# Each must end in a catchable RecursionError, and the chain stays usable.
# expect-output: map list RecursionError
# expect-output: map again RecursionError
# expect-output: map with two iterables list RecursionError
# expect-output: map(next) list RecursionError
# expect-output: filter(None) list RecursionError
# expect-output: filter(abs) next RecursionError
# expect-output: zip list RecursionError
# expect-output: zip strict list RecursionError
# expect-output: enumerate list RecursionError
# expect-output: iter(callable, sentinel) list RecursionError
# expect-output: generator expression list RecursionError
# expect-output: yield from list RecursionError
# expect-output: yield from send RecursionError
# expect-output: map for loop RecursionError
# expect-output: map tuple RecursionError
# expect-output: map sum RecursionError
# expect-output: map sorted RecursionError
# expect-output: map min RecursionError
# expect-output: map any RecursionError
# expect-output: map in RecursionError
# expect-output: map unpack RecursionError
# expect-output: map print RecursionError
# expect-output: map set RecursionError
# expect-output: map dict.fromkeys RecursionError
# expect-output: map bytes RecursionError
# expect-output: map list.extend RecursionError
# expect-output: map comprehension RecursionError
# expect-output: str map join RecursionError
# expect-output: tuple map dict RecursionError
# expect-output: shallow chains work 1 [(0, 1)] [1] 1
N = 100000


def chain(wrap, start):
    it = iter(start)
    for _ in range(N):
        it = wrap(it)
    return it


def delegate(inner):
    yield from inner


def unpack(it):
    a, = it


def show(it):
    print(*it)


def comprehension(it):
    return [x for x in it]


cases = [
    ("map", "list", lambda: chain(lambda it: map(abs, it), [1]), list),
    ("map with two iterables", "list", lambda: chain(lambda it: map(max, it, [1]), [1]), list),
    ("map(next)", "list", lambda: chain(lambda it: map(next, [it]), [1, 2]), list),
    ("filter(None)", "list", lambda: chain(lambda it: filter(None, it), [1]), list),
    ("filter(abs)", "next", lambda: chain(lambda it: filter(abs, it), [1]), next),
    ("zip", "list", lambda: chain(zip, [1]), list),
    ("zip strict", "list", lambda: chain(lambda it: zip(it, strict=True), [1]), list),
    ("enumerate", "list", lambda: chain(enumerate, [1]), list),
    ("iter(callable, sentinel)", "list",
     lambda: chain(lambda it: iter(it.__next__, None), [1, 2]), list),
    ("generator expression", "list", lambda: chain(lambda it: (x for x in it), [1]), list),
    ("yield from", "list", lambda: chain(delegate, [1]), list),
    ("yield from", "send", lambda: chain(delegate, [1]), lambda g: g.send(None)),
]
consumers = [
    ("for loop", lambda it: [None for _ in it]),
    ("tuple", tuple), ("sum", sum), ("sorted", sorted), ("min", min), ("any", any),
    ("in", lambda it: 1 in it), ("unpack", unpack), ("print", show), ("set", set),
    ("dict.fromkeys", dict.fromkeys), ("bytes", bytes), ("list.extend", [].extend),
    ("comprehension", comprehension),
]
for name, how, make, consume in cases:
    it = make()
    try:
        consume(it)
        print(name, how, "ok")
    except RecursionError as e:
        print(name, how, type(e).__name__)
    if name == "map" and how == "list":
        try:
            list(it)
        except RecursionError as e:
            print(name, "again", type(e).__name__)
for how, consume in consumers:
    try:
        consume(chain(lambda it: map(abs, it), [1]))
        print("map", how, "ok")
    except RecursionError as e:
        print("map", how, type(e).__name__)
for name, make, consume in [("str map join", lambda: chain(lambda it: map(str, it), ["a"]), "".join),
                            ("tuple map dict", lambda: chain(lambda it: map(tuple, it), [(1, 2)]),
                             dict)]:
    try:
        consume(make())
        print(name, "ok")
    except RecursionError as e:
        print(name, type(e).__name__)
N = 100
print("shallow chains work", next(chain(lambda it: map(abs, it), [-1])),
      list(chain(enumerate, [1]))[:1] and [(0, 1)], list(chain(delegate, [1])),
      sum(chain(lambda it: (x for x in it), [1])))
