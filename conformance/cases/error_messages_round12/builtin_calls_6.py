# Builtin calls with wrong keywords, counts and types (6 of 6): each check prints the result or the
# exception's type and message, as CPython 3.11's.
class I:
    def __index__(self): return 2
class MyInt(int): pass
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check('staticmethod()', lambda: staticmethod())
check('classmethod(1, 2)', lambda: classmethod(1, 2))
check('print(sepx=1)', lambda: print(sepx=1))
check('print(1, sep=2)', lambda: print(1, sep=2))
check("print(flush=1, file=None, end='')", lambda: print(flush=1, file=None, end=''))
