# Result types of operations on built-in subclasses, and numeric parsing (5 of 5): each check prints the result or the
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


check("int('00', 0)", lambda: int('00', 0))
check("int('01', 0)", lambda: int('01', 0))
check("int('0o17', 8)", lambda: int('0o17', 8))
check("int('0x', 16)", lambda: int('0x', 16))
check("int('0b', 0)", lambda: int('0b', 0))
check("int('٣')", lambda: int('٣'))
check("int(b'12')", lambda: int(b'12'))
check("int(bytearray(b'12'))", lambda: int(bytearray(b'12')))
check("int(b' 12 ')", lambda: int(b' 12 '))
check("float(bytearray(b'1.5'))", lambda: float(bytearray(b'1.5')))
check("complex('  1+2j  ')", lambda: complex('  1+2j  '))
check("complex('(1+2j)')", lambda: complex('(1+2j)'))
check("complex('1+2J')", lambda: complex('1+2J'))
check("complex('j')", lambda: complex('j'))
check("complex('-j')", lambda: complex('-j'))
check("complex('1e5j')", lambda: complex('1e5j'))
check("complex('nanj')", lambda: complex('nanj'))
check("complex('1 + 2j')", lambda: complex('1 + 2j'))
