# iter(callable, sentinel) calls back into Python twice per step: the
# callable, then the sentinel's __eq__. Either may call next() on the same
# iterator, so an inner step can reach the sentinel and drop the callable
# and sentinel while the outer step is still using them (CPython answers
# that case with a SystemError from a cleared reference), the sentinel's
# __eq__ may drop the last reference to the iterator, and unbounded
# re-entry must end in RecursionError and leave the iterator usable. A
# callable whose class deletes its own __call__ while running is also
# tried.
# expect-output: reentrant: inner call hits the sentinel -> ('inner-exhausted', [])
# expect-output: sentinel __eq__ reenters -> (0, [])
# expect-output: sentinel __eq__ drops the iterator -> 1
# expect-output: unbounded reentry RecursionError: maximum recursion depth exceeded
# expect-output: after RecursionError RecursionError: maximum recursion depth exceeded
# expect-output: callable deletes its own __call__ TypeError: 'Cl' object is not callable
# expect-output: callable_iterator length_hint AttributeError: 'callable_iterator' object has no attribute '__length_hint__'
# expect-output: iter(callable) with non-callable TypeError: iter(v, w): v must be callable
def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


n = [0]


def f():
    n[0] += 1
    if n[0] == 1:
        return next(it, 'inner-exhausted')
    if n[0] == 2:
        return 'stop'
    return n[0]


it = iter(f, 'stop')
t("reentrant: inner call hits the sentinel", lambda: (next(it), list(it)))
m = [0]


class Sent:
    def __eq__(self, other):
        m[0] += 1
        if m[0] < 3:
            return next(it2, 'x') == 'never'
        return True


def g():
    return m[0]


it2 = iter(g, Sent())
t("sentinel __eq__ reenters", lambda: (next(it2, 'end'), list(it2)))
k = [0]


class Sent2:
    def __eq__(self, other):
        global it3
        it3 = None
        return False


def h():
    k[0] += 1
    return k[0]


it3 = iter(h, Sent2())
t("sentinel __eq__ drops the iterator", lambda: next(it3))


def deep():
    return next(it4)


it4 = iter(deep, None)
t("unbounded reentry", lambda: next(it4))
t("after RecursionError", lambda: next(it4, 'done'))


class Cl:
    def __call__(self):
        del Cl.__call__
        return 1


it5 = iter(Cl(), 2)
t("callable deletes its own __call__", lambda: (next(it5), next(it5, 'gone')))
t("callable_iterator length_hint", lambda: iter(h, 1).__length_hint__())
t("iter(callable) with non-callable", lambda: iter(5, 1))
