# Built-in methods with keywords, subclasses and huge indices (5 of 6): each check prints the result or the
# exception's type and message, as CPython 3.11's.
class I:
    def __index__(self): return 2
class MyInt(int): pass
class MyStr(str): pass
class MyBytes(bytes): pass


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check("repr(MyBytes(b'a'))", lambda: repr(MyBytes(b'a')))
check("MyBytes(b'a') + MyBytes(b'b')", lambda: MyBytes(b'a') + MyBytes(b'b'))
check("type(MyStr('a') + 'b')", lambda: type(MyStr('a') + 'b'))
check("type(MyStr('a') * 2)", lambda: type(MyStr('a') * 2))
check("type(MyStr('a')[0])", lambda: type(MyStr('a')[0]))
check("type(MyStr('ab').strip())", lambda: type(MyStr('ab').strip()))
check("type(MyStr('a').lower())", lambda: type(MyStr('a').lower()))
check("'abc'.index('b', MyInt(0), I())", lambda: 'abc'.index('b', MyInt(0), I()))
check("'abc'.find('c', -2**70, 2**70)", lambda: 'abc'.find('c', -2**70, 2**70))
check("'abc'[2**70:]", lambda: 'abc'[2**70:])
check("'abc'[-2**70]", lambda: 'abc'[-2**70])
check('[1, 2][-2**70]', lambda: [1, 2][-2**70])
check('[1, 2].insert(2**70, 0)', lambda: [1, 2].insert(2**70, 0))
check('[1, 2].insert(-2**70, 0)', lambda: [1, 2].insert(-2**70, 0))
check("b'ab'.count(1.5)", lambda: b'ab'.count(1.5))
check("b'ab'.find(b'a', 'x')", lambda: b'ab'.find(b'a', 'x'))
