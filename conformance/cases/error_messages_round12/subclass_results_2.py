# Result types of operations on built-in subclasses, and numeric parsing (2 of 5): each check prints the result or the
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


check('type(MyTuple((1,))[:])', lambda: type(MyTuple((1,))[:]))
check('type(MyDict(a=1) | {})', lambda: type(MyDict(a=1) | {}))
check('type(MyDict(a=1).copy())', lambda: type(MyDict(a=1).copy()))
check('type(MySet([1]) | {2})', lambda: type(MySet([1]) | {2}))
check('type(MySet([1]).copy())', lambda: type(MySet([1]).copy()))
check('type(MySet([1]) - set())', lambda: type(MySet([1]) - set()))
check('type(frozenset([1]) | MySet([2]))', lambda: type(frozenset([1]) | MySet([2])))
check('type(set([1]) | frozenset([2]))', lambda: type(set([1]) | frozenset([2])))
check('type(frozenset([1]) | set([2]))', lambda: type(frozenset([1]) | set([2])))
check('type(collections.OrderedDict(a=1) | {})', lambda: type(collections.OrderedDict(a=1) | {}))
check("type(collections.Counter('ab') + collections.Counter('a'))", lambda: type(collections.Counter('ab') + collections.Counter('a')))
check('True + True', lambda: True + True)
check('True & 1', lambda: True & 1)
check('True | False', lambda: True | False)
check('~True', lambda: ~True)
check('-True', lambda: -True)
