# Built-in methods with keywords, subclasses and huge indices (1 of 6): each check prints the result or the
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


check("'a b'.split(sep=None, maxsplit='1')", lambda: 'a b'.split(sep=None, maxsplit='1'))
check("'abc'.count('a', start=0)", lambda: 'abc'.count('a', start=0))
check("'abc'.startswith(prefix='a')", lambda: 'abc'.startswith(prefix='a'))
check('[1].index(value=1)', lambda: [1].index(value=1))
check("b'a'.decode(encoding=1)", lambda: b'a'.decode(encoding=1))
check("'a'.encode(errors=1)", lambda: 'a'.encode(errors=1))
check("'a b'.rsplit(maxsplit=1.5)", lambda: 'a b'.rsplit(maxsplit=1.5))
check('(1).to_bytes()', lambda: (1).to_bytes())
check('(1).to_bytes(length=2)', lambda: (1).to_bytes(length=2))
check('(1).to_bytes(2, byteorder=1)', lambda: (1).to_bytes(2, byteorder=1))
check("int.from_bytes(b'\\x01\\x02')", lambda: int.from_bytes(b'\x01\x02'))
check("int.from_bytes(1, 'big')", lambda: int.from_bytes(1, 'big'))
check("int.from_bytes([1, 256], 'big')", lambda: int.from_bytes([1, 256], 'big'))
check("int.from_bytes(b'\\x01', 'big', signed=1.5)", lambda: int.from_bytes(b'\x01', 'big', signed=1.5))
check('(6).as_integer_ratio(1)', lambda: (6).as_integer_ratio(1))
check('(6).bit_count(1)', lambda: (6).bit_count(1))
