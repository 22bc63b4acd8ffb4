# float() of bytes subclasses whose __repr__ raises, recurses, returns a
# non-str or a huge str (CPython's message is lost: a bare ValueError()),
# encodings and error handlers with lone surrogates and NULs, and bytes /
# bytearray / subclass comparisons.


def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', repr(r)[:150])
    except Exception as e:
        print(label, type(e).__name__, str(e)[:200])


# encodings / errors with lone surrogates and NULs
for enc in ['utf-8\x00', 'utf\udc80', '\ud800', 'ascii\x00x', '', 'latin-1']:
    for err in ['strict', 'x\x00', '\udfff', 'surrogateescape\x00']:
        attempt('encode %a %a' % (enc, err), lambda: 'a\udc80'.encode(enc, err))
        attempt('decode %a %a' % (enc, err), lambda: b'a\xff'.decode(enc, err))
attempt('str bytes enc', lambda: str(b'x', '\udc80'))
attempt('str bytes errors', lambda: str(b'\xff', 'utf-8', 'bad\x00'))
attempt('bytearray', lambda: bytearray('x', '\udc80'))


class BadRepr(bytes):
    def __repr__(self):
        raise KeyError('repr')


class HugeRepr(bytes):
    def __repr__(self):
        return 'x' * 10**6


class NonStrRepr(bytes):
    def __repr__(self):
        return 5


class RecRepr(bytes):
    def __repr__(self):
        return float(self)


class StrSubRepr(bytes):
    def __repr__(self):
        class S(str):
            def __str__(self):
                return 'boo'
        return S('sub')


for cls in [BadRepr, HugeRepr, NonStrRepr, RecRepr, StrSubRepr]:
    attempt('float ' + cls.__name__, lambda: float(cls(b'abc')))
    attempt('float ok ' + cls.__name__, lambda: float(cls(b' 1.5 ')))
    attempt('complex ' + cls.__name__, lambda: complex(cls(b'abc')))
    attempt('int ' + cls.__name__, lambda: int(cls(b'abc')))
    attempt('bytearray float ' + cls.__name__, lambda: float(bytearray(b'x')))

# bytes/bytearray comparison
class BSub(bytes):
    def __eq__(self, o):
        return 'eq'
for a, b in [(b'a', bytearray(b'a')), (bytearray(b'a'), b'a'), (b'a', 'a'), (BSub(b'a'), b'a'), (b'a', BSub(b'a')), (bytearray(b'a'), BSub(b'a'))]:
    for op in ['==', '!=', '<', '<=', '>', '>=']:
        attempt('cmp %s %s %s' % (type(a).__name__, op, type(b).__name__), lambda: eval('a %s b' % op) if False else {'==': lambda: a == b, '!=': lambda: a != b, '<': lambda: a < b, '<=': lambda: a <= b, '>': lambda: a > b, '>=': lambda: a >= b}[op]())

