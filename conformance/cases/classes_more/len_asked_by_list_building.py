# list(), tuple(), sorted(), str.join, list.extend, += and [*x] ask a user
# iterable for its length after taking its iterator, as CPython's
# list_extend does (PyObject_LengthHint); set(), unpacking and sum() do not.
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Logged:
    def __init__(self, n=3):
        self.n = n

    def __len__(self):
        print('  len')
        return self.n

    def __iter__(self):
        print('  iter')
        return iter(range(self.n))


attempt("list", lambda: list(Logged()))
attempt("tuple", lambda: tuple(Logged()))
attempt("sorted", lambda: sorted(Logged()))
attempt("join", lambda: '-'.join(map(str, Logged())))
attempt("join direct", lambda: '-'.join(Logged(0)))
attempt("star", lambda: [*Logged()])
attempt("call star", lambda: max(*Logged()))
attempt("set", lambda: set(Logged()))
attempt("sum", lambda: sum(Logged()))


def extend():
    items = [9]
    items.extend(Logged(2))
    items += Logged(1)
    return items


attempt("extend", extend)


def unpack():
    a, *rest = Logged()
    x, y = Logged(2)
    return a, rest, x, y


attempt("unpack", unpack)


class BrokenLen:
    def __len__(self):
        raise ValueError('len failed')

    def __iter__(self):
        return iter([1])


class NegativeLen:
    def __len__(self):
        return -1

    def __iter__(self):
        return iter([1])


class WrongLen:
    def __len__(self):
        return 'many'  # a TypeError: the hint is skipped

    def __iter__(self):
        return iter([1])


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        print('  hint')
        return self.value

    def __iter__(self):
        return iter([1, 2])


for obj in (BrokenLen(), NegativeLen(), WrongLen(), Hint(2), Hint(NotImplemented), Hint(-1),
            Hint('x')):
    attempt(type(obj).__name__, lambda: list(obj))
    attempt(type(obj).__name__ + " set", lambda: sorted(set(obj)))


class SelfIterator:
    def __init__(self):
        self.i = 0

    def __len__(self):
        print('  len of iterator')
        return 2

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i


attempt("self iterator", lambda: list(SelfIterator()))
attempt("self iterator join", lambda: ','.join(map(str, SelfIterator())))


def unpack_iterator():
    first, *others = SelfIterator()
    return first, others


attempt("self iterator unpack", unpack_iterator)
