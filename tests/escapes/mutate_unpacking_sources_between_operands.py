# Star and double-star unpacking build their argument tuple, list, set or
# dict in native code while the script's __iter__, generators and keys()
# run: an operand that empties or regrows a list, set or dict that a later
# operand of the same display or call unpacks, starred assignment from an
# iterable that mutates another list, and a list cleared right after it
# was unpacked. The native must read each source when it reaches it and
# give CPython's result.
# expect-output: call *list-subclass mutating other -> (102, [])
# expect-output: call *list, *gen growing it -> (8, [])
# expect-output: list display [*L, *gen clearing L] -> [0, 1, 2, 3, 4, 1]
# expect-output: tuple display -> (1, 2, 1)
# expect-output: set display -> 51
# expect-output: dict display **D **KM **D -> 52
# expect-output: call **D **KM -> (0, ['q', 'z'])
# expect-output: starred unpack of mutating iterable -> (7, [], 8)
# expect-output: unpack list wrong size ValueError: not enough values to unpack (expected 2, got 0)
# expect-output: unpack then clear -> (1, [2, 3])
# expect-output: 0,1,2
# expect-output: print *huge range -> None
# expect-output: max(*L) -> 3
# expect-output: zip(*...) ragged -> [(1, 3)]
def t(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


L = list(range(5))


class It(list):
    def __iter__(self):
        L.clear()
        L.extend(range(100))
        return list.__iter__(self)


def f(*a, **k):
    return len(a), sorted(k)


t("call *list-subclass mutating other", lambda: f(*It([1, 2]), *L))
L2 = list(range(5))


def g():
    for i in range(3):
        L2.append(i)
        yield i


t("call *list, *gen growing it", lambda: f(*L2, *g()))
L3 = list(range(5))


def g3():
    L3.clear()
    yield 1


t("list display [*L, *gen clearing L]", lambda: [*L3, *g3(), *L3])
T = (1, 2)
t("tuple display", lambda: (*T, *g3()))
S = {1, 2}


def gs():
    S.clear()
    S.update(range(50))
    yield "x"


t("set display", lambda: len({*S, *gs(), *S}))
D = {'a': 1}


class KM:
    def keys(self):
        D.clear()
        D.update({str(i): i for i in range(50)})
        return ["z"]

    def __getitem__(self, k):
        return 0


t("dict display **D **KM **D", lambda: len({**D, **KM(), **D}))
t("call **D **KM", lambda: f(**{'q': 1}, **KM()))
L4 = [1, 2, 3]


class Unp:
    def __iter__(self):
        L4.clear()
        return iter([7, 8])


def unpack():
    a, *b, c = Unp()
    return a, b, c


t("starred unpack of mutating iterable", unpack)


def unpack2():
    a, b = L4
    return a, b


t("unpack list wrong size", unpack2)


def unpack3():
    x = [1, 2, 3]
    a, *b = x
    x.clear()
    return a, b


t("unpack then clear", unpack3)
t("print *huge range", lambda: print(*range(3), sep=","))
t("max(*L)", lambda: max(*[3, 1, 2]))
t("zip(*...) ragged", lambda: list(zip(*[[1, 2], [3]])))
