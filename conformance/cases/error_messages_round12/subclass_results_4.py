# Result types of operations on built-in subclasses, and numeric parsing (4 of 5): each check prints the result or the
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


check('round(15, -1)', lambda: round(15, -1))
check('round(25, -1)', lambda: round(25, -1))
check('round(MyInt(25), -1)', lambda: round(MyInt(25), -1))
check('round(2.675, 2)', lambda: round(2.675, 2))
check('int(1e20)', lambda: int(1e20))
check('int(-0.0)', lambda: int(-0.0))
check('(-0.0).__repr__()', lambda: (-0.0).__repr__())
check("float('-nan')", lambda: float('-nan'))
check("float('  +inf ')", lambda: float('  +inf '))
check("float('infinity')", lambda: float('infinity'))
check("float('1_000.5')", lambda: float('1_000.5'))
check("float('1__0')", lambda: float('1__0'))
check("float('0x10')", lambda: float('0x10'))
check("int('1_000')", lambda: int('1_000'))
check("int('_1')", lambda: int('_1'))
check("int('0_1', 0)", lambda: int('0_1', 0))
