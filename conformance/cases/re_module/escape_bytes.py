# re.escape of bytes is plain escaping (CPython decodes as Latin-1 and
# encodes back): bytes and bytearray give bytes; anything else fails there.
import re

for pattern in [b'a.b', b'', bytearray(b'x*y\n'), b'\xff.\x00(|)', b'1+1=2?',
                'a.b', 5, None, [1]]:
    try:
        print(repr(re.escape(pattern)))
    except TypeError as e:
        print('TypeError', e)
