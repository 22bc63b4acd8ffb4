# CPython 3.11 counts a call of a METH_O or METH_VARARGS built-in (repr,
# abs, hash, min...) against the recursion limit, and a comparison of ints
# at the limit fails "in comparison": where each recursion stops, and why.
depth = 0


class ReprLoop:
    def __repr__(self):
        global depth
        depth += 1
        return repr(ReprLoop())


class AbsLoop:
    def __abs__(self):
        global depth
        depth += 1
        return abs(AbsLoop())


class HashLoop:
    def __hash__(self):
        global depth
        depth += 1
        return hash(HashLoop())


class AsciiLoop:
    def __repr__(self):
        global depth
        depth += 1
        return ascii(AsciiLoop())


class IndexLoop:
    def __index__(self):
        global depth
        depth += 1
        return len(hex(IndexLoop()))


class MinLoop:
    def __lt__(self, other):
        global depth
        depth += 1
        return min(MinLoop(), MinLoop()) is None


for make, call in [(ReprLoop, repr), (AbsLoop, abs), (HashLoop, hash),
                   (AsciiLoop, ascii), (IndexLoop, hex)]:
    depth = 0
    try:
        call(make())
    except RecursionError as e:
        print(make.__name__, depth, e)

depth = 0
try:
    min(MinLoop(), MinLoop())
except RecursionError as e:
    print("MinLoop", depth, e)


def contains(n):
    global depth
    depth += 1
    if 5 in [1, 2, 3, 4, 5]:
        return contains(n + 1)


def index(n):
    global depth
    depth += 1
    [1, 2, 3].index(3)
    return index(n + 1)


for f in (contains, index):
    depth = 0
    try:
        f(0)
    except RecursionError as e:
        print(f.__name__, depth, e)
