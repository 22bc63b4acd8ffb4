# A generator that reaches itself while running: yield from itself, send()
# or close() from its own body, throw() from its finally while close() is
# unwinding it, next() on itself on GeneratorExit, and an iterator whose
# __next__ resumes the generator delegating to it. CPython raises
# ValueError 'generator already executing' (or RecursionError); a VM that
# resumes a running frame corrupts its stack.
# expect-output: 31 'generator already executing'
# expect-output: 32 'generator already executing'
# expect-output: 33 'generator already executing'
# expect-output: 34 'generator already executing'
# expect-output: 35 'generator already executing'
# expect-output: 36 'ValueError'
# expect-output: 37 '__len__() should return >= 0'
def case_31():
    def gen():
        yield from G
    G = gen()
    try: next(G)
    except ValueError as e: return str(e)


try:
    print(31, repr(case_31()))
except Exception as e:
    print(31, type(e).__name__, e)


def case_32():
    def gen():
        G.send(None)
        yield 1
    G = gen()
    try: next(G)
    except ValueError as e: return str(e)


try:
    print(32, repr(case_32()))
except Exception as e:
    print(32, type(e).__name__, e)


def case_33():
    def gen():
        G.close()
        yield 1
    G = gen()
    try: next(G)
    except ValueError as e: return str(e)


try:
    print(33, repr(case_33()))
except Exception as e:
    print(33, type(e).__name__, e)


def case_34():
    def gen():
        try:
            yield 1
        finally:
            G.throw(ValueError)
    G = gen()
    next(G)
    try: G.close()
    except ValueError as e: return str(e)


try:
    print(34, repr(case_34()))
except Exception as e:
    print(34, type(e).__name__, e)


def case_35():
    def gen():
        try:
            yield 1
        except GeneratorExit:
            next(G)
    G = gen(); next(G)
    try: G.close()
    except ValueError as e: return str(e)


try:
    print(35, repr(case_35()))
except Exception as e:
    print(35, type(e).__name__, e)


def case_36():
    class It:
        def __iter__(s): return s
        def __next__(s):
            return next(s.g)
    def gen():
        yield from it
    it = It(); it.g = gen()
    try: next(it.g)
    except (ValueError, RecursionError) as e: return type(e).__name__


try:
    print(36, repr(case_36()))
except Exception as e:
    print(36, type(e).__name__, e)


def case_37():
    class L:
        def __len__(s): return -1
    try: return len(L())
    except ValueError as e: return str(e)


try:
    print(37, repr(case_37()))
except Exception as e:
    print(37, type(e).__name__, e)
