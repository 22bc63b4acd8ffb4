# StringIO/BytesIO __setstate__ check the state tuple as CPython's C streams:
# the position must be a non-negative int, the dict a dict.
import io
for st in [('abc', '\n', 0, None), ('abc', '\n', 10**6, None), ('abc', '\n', -1, None), ('abc', None, 2**63, {}),
           ('abc', 'x', 0, None), (5, '\n', 0, None), ('abc', '\n', 0, {'a': 1}),
           ('abc', '\n', 0, 5), ('abc', '\n', 1.5, None), ('abc', '\n', True, None), ('abc',), [1, 2, 3, 4],
           ('a\r\nb', None, 1, None), ('abc', '\n', -2**64, None)]:
    s = io.StringIO()
    try:
        s.__setstate__(st)
        print('SIO', st, s.read(), s.tell(), s.write('Z'), s.getvalue()[:20], getattr(s, 'a', None))
    except Exception as e:
        print('SIO', st, type(e).__name__, e)
for st in [(b'abc', 0, None), (b'abc', 10**6, None), (b'abc', -1, None), (b'abc', 2**63, {}), (bytearray(b'x'), 0, None),
           ('abc', 0, None), (b'abc', 0, {'k': 2}), (b'abc', 0, 7), (b'abc', 1.0, None), (b'abc',), (b'abc', -2**64, None)]:
    b = io.BytesIO()
    try:
        b.__setstate__(st)
        print('BIO', st, b.read(), b.tell(), b.write(b'Z'), b.getvalue()[:20], getattr(b, 'k', None))
    except Exception as e:
        print('BIO', st, type(e).__name__, e)
