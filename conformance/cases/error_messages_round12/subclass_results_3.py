# Result types of operations on built-in subclasses, and numeric parsing (3 of 5): each check prints the result or the
# exception's type and message, as CPython 3.11's.
class I:
    def __index__(self): return 2
class MyInt(int): pass
class MyFloat(float): pass
class MyList(list): pass
class MyTuple(tuple): pass
class MyDict(dict): pass
class MySet(set): pass
import collections


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check('True / 2', lambda: True / 2)
check('divmod(True, 2)', lambda: divmod(True, 2))
check('bool.__and__(True, 1)', lambda: bool.__and__(True, 1))
check('(1).__truediv__(0)', lambda: (1).__truediv__(0))
check('(1.0).__floordiv__(0)', lambda: (1.0).__floordiv__(0))
check('(1).__mod__(0.0)', lambda: (1).__mod__(0.0))
check('(2**1000) / (2**-1 if False else 3)', lambda: (2**1000) / (2**-1 if False else 3))
check('(2**10000) / 1', lambda: (2**10000) / 1)
check('float(2**10000)', lambda: float(2**10000))
check('(2**10000) * 1.0', lambda: (2**10000) * 1.0)
check('1 / (2**10000)', lambda: 1 / (2**10000))
check('(2**10000) // 1.5', lambda: (2**10000) // 1.5)
check('(2**10000) % 1.5', lambda: (2**10000) % 1.5)
check('round(2**10000, -5000)', lambda: round(2**10000, -5000))
check('round(1.5, 2**70)', lambda: round(1.5, 2**70))
check('round(1.5, -2**70)', lambda: round(1.5, -2**70))
