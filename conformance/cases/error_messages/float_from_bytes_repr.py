# float() of bytes, bytearray and their subclasses quotes repr() of the argument
# (a subclass's own), where int() quotes the bytes.
class BA(bytearray):
    pass


class B(bytes):
    pass


class S(str):
    pass


class R(bytes):
    def __repr__(self):
        return 'R<custom>'


cases = [
    ("float(BA(b'xy'))", lambda: float(BA(b'xy'))),
    ("float(B(b'xy'))", lambda: float(B(b'xy'))),
    ("float(bytearray(b'xy'))", lambda: float(bytearray(b'xy'))),
    ("float(b'xy')", lambda: float(b'xy')),
    ("int(BA(b'xy'))", lambda: int(BA(b'xy'))),
    ("int(B(b'xy'))", lambda: int(B(b'xy'))),
    ("int(bytearray(b'xy'))", lambda: int(bytearray(b'xy'))),
    ("int(b'xy')", lambda: int(b'xy')),
    ("int(BA(b'xy'), 16)", lambda: int(BA(b'xy'), 16)),
    ("complex(BA(b'xy'))", lambda: complex(BA(b'xy'))),
    ("float(S('xy'))", lambda: float(S('xy'))),
    ("int(S('xy'))", lambda: int(S('xy'))),
    ("float(BA(b'1\\0'))", lambda: float(BA(b'1\0'))),
    ("int(B(b'1\\0'))", lambda: int(B(b'1\0'))),
    ('float(R(b\'xy\'))', lambda: float(R(b'xy'))),
    ('int(R(b\'xy\'))', lambda: int(R(b'xy'))),
]
for text, call in cases:
    try:
        print(text, '->', repr(call()))
    except Exception as e:
        print(text, '->', type(e).__name__, e)
