# A list filled from a generator that changes the same list between items:
# slice assignment (plain and extended), extend, __init__ on itself, and a
# reverse iterator whose list is cleared and refilled. The native must
# take the generator's items first (or re-read the list after each), never
# write through a pointer the generator's resize moved. CPython's answers.
# expect-output: slice assign -> 99
# expect-output: extend self -> [0, 1, 2, 0, 0, 1, 1, 2, 2]
# expect-output: init self -> [1, 0, 1, 2, 2]
# expect-output: reversed refilled -> []
# expect-output: iadd gen -> [0, 1, 2, 3]
# expect-output: insert while cleared -> [2]
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def slice_assign():
    M = list(range(10))

    def g():
        M.clear()
        yield 1
        M.extend(range(100))
        yield 2
    M[2:5] = g()
    return len(M)


def extend_self():
    M = list(range(3))

    def g():
        for i in range(3):
            M.append(i)
            yield i
    M.extend(g())
    return M


def init_self():
    M = list(range(5))

    def g():
        yield 1
        M.extend(range(3))
        yield 2
    M.__init__(g())
    return M


def reversed_refilled():
    M = list(range(10))
    it = reversed(M)
    next(it)
    M.clear()
    M.append(1)
    return list(it)


def iadd_gen():
    M = list(range(3))

    def g():
        M.clear()
        yield from range(4)
    M += g()
    return M


def insert_all():
    M = list(range(3))
    for v in (M.clear() or x for x in range(3)):
        M.insert(0, v)
    return M


attempt("slice assign", slice_assign)
attempt("extend self", extend_self)
attempt("init self", init_self)
attempt("reversed refilled", reversed_refilled)
attempt("iadd gen", iadd_gen)
attempt("insert while cleared", insert_all)
