# Result types of operations on built-in subclasses, and numeric parsing (1 of 5): each check prints the result or the
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


check('type(MyInt(3) + 1)', lambda: type(MyInt(3) + 1))
check('type(-MyInt(3))', lambda: type(-MyInt(3)))
check('type(+MyInt(3))', lambda: type(+MyInt(3)))
check('type(abs(MyInt(-3)))', lambda: type(abs(MyInt(-3))))
check('type(MyInt(3) // 1)', lambda: type(MyInt(3) // 1))
check('type(MyInt(3) ** 1)', lambda: type(MyInt(3) ** 1))
check('type(MyFloat(1.5) + 1)', lambda: type(MyFloat(1.5) + 1))
check('type(round(MyFloat(1.5)))', lambda: type(round(MyFloat(1.5))))
check('type(round(MyFloat(1.5), 1))', lambda: type(round(MyFloat(1.5), 1)))
check('type(MyInt(3).__round__())', lambda: type(MyInt(3).__round__()))
check('type(int(MyInt(3)))', lambda: type(int(MyInt(3))))
check('type(float(MyFloat(1.5)))', lambda: type(float(MyFloat(1.5))))
check('type(MyList([1]) + [2])', lambda: type(MyList([1]) + [2]))
check('type(MyList([1]) * 2)', lambda: type(MyList([1]) * 2))
check('type(MyList([1])[:])', lambda: type(MyList([1])[:]))
check('type(MyTuple((1,)) + (2,))', lambda: type(MyTuple((1,)) + (2,)))
