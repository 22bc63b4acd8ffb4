# Built-in methods with keywords, subclasses and huge indices (4 of 6): each check prints the result or the
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


check("bytes.fromhex('0 1')", lambda: bytes.fromhex('0 1'))
check("bytes.fromhex('01 0')", lambda: bytes.fromhex('01 0'))
check("bytes.fromhex('\\u00e9')", lambda: bytes.fromhex('\u00e9'))
check("bytearray.fromhex(b'01')", lambda: bytearray.fromhex(b'01'))
check("b'%c' % 256", lambda: b'%c' % 256)
check("b'%c' % b'ab'", lambda: b'%c' % b'ab')
check("b'%c' % 'a'", lambda: b'%c' % 'a')
check("b'%a' % 'é'", lambda: b'%a' % 'é')
check("b'%r' % 1", lambda: b'%r' % 1)
check("'%a' % 'é'", lambda: '%a' % 'é')
check("'%-5d|' % MyInt(3)", lambda: '%-5d|' % MyInt(3))
check("'%#x' % MyInt(255)", lambda: '%#x' % MyInt(255))
check("'%.0e' % 1e300", lambda: '%.0e' % 1e300)
check("'%r' % MyStr('a')", lambda: '%r' % MyStr('a'))
check("'%s' % MyStr('a')", lambda: '%s' % MyStr('a'))
check("str(MyStr('a'))", lambda: str(MyStr('a')))
