# __index__/__float__/__int__ conversions, %-formatting and format specs (2 of 8): each check prints the result or the
# exception's type and message, as CPython 3.11's.
class I:
    def __index__(self): return 2
class BadI:
    def __index__(self): return 'x'
class MyInt(int): pass
class MyStr(str): pass
class MyFloat(float): pass
class F:
    def __float__(self): return 1.5
class BadF:
    def __float__(self): return 1
class Int:
    def __int__(self): return 3
class BadInt:
    def __int__(self): return 'x'
class Trunc:
    def __trunc__(self): return 4


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check("'a' * -1", lambda: 'a' * -1)
check("'a'.center(2**63)", lambda: 'a'.center(2**63))
check("(1).to_bytes(2**63, 'big')", lambda: (1).to_bytes(2**63, 'big'))
check("int.from_bytes(b'\\x01', 'big', True)", lambda: int.from_bytes(b'\x01', 'big', True))
check("(1).to_bytes(1, 'big', True)", lambda: (1).to_bytes(1, 'big', True))
check('(5).__round__(1, 2)', lambda: (5).__round__(1, 2))
check('(5).__round__(ndigits=1)', lambda: (5).__round__(ndigits=1))
check('round(5.5, None)', lambda: round(5.5, None))
check('round(MyFloat(2.5))', lambda: round(MyFloat(2.5)))
check('round(2.5, I())', lambda: round(2.5, I()))
check('divmod(MyInt(7), 2)', lambda: divmod(MyInt(7), 2))
check('pow(2, 3, 1.0)', lambda: pow(2, 3, 1.0))
check('pow(2, 0.5, 3)', lambda: pow(2, 0.5, 3))
check('pow(-8, 1/3)', lambda: pow(-8, 1/3))
check('(-8) ** 0.5', lambda: (-8) ** 0.5)
check('0 ** -1', lambda: 0 ** -1)
