# The encoding and errors arguments of str.encode, bytes.decode, str(), bytes()
# and bytearray() are converted as Argument Clinic's str converter does before
# anything else is checked: a lone surrogate is the UTF-8 codec's
# UnicodeEncodeError, a NUL 'embedded null character'.
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
    ("'a'.encode('utf-8\\0')", lambda: 'a'.encode('utf-8\0')),
    ("'a'.encode('utf-8', '\\ud800')", lambda: 'a'.encode('utf-8', '\ud800')),
    ("'a'.encode('\\ud800')", lambda: 'a'.encode('\ud800')),
    ("'a'.encode(errors='\\0')", lambda: 'a'.encode(errors='\0')),
    ("'a'.encode('utf-8', 'strict\\0')", lambda: 'a'.encode('utf-8', 'strict\0')),
    ("b'a'.decode('utf-8\\0')", lambda: b'a'.decode('utf-8\0')),
    ("b'a'.decode('utf-8', '\\ud800')", lambda: b'a'.decode('utf-8', '\ud800')),
    ("b'a'.decode('\\udc80')", lambda: b'a'.decode('\udc80')),
    ("b'a'.decode(errors='a\\0')", lambda: b'a'.decode(errors='a\0')),
    ("bytearray(b'a').decode('\\0')", lambda: bytearray(b'a').decode('\0')),
    ("bytes('a', 'utf\\0')", lambda: bytes('a', 'utf\0')),
    ("bytes('a', '\\udc80')", lambda: bytes('a', '\udc80')),
    ("bytes('a', 'utf-8', '\\udc80')", lambda: bytes('a', 'utf-8', '\udc80')),
    ("bytes('a', 'utf-8', '\\0')", lambda: bytes('a', 'utf-8', '\0')),
    ("bytes(1, '\\udc80')", lambda: bytes(1, '\udc80')),
    ("bytes(1, '\\0')", lambda: bytes(1, '\0')),
    ("bytes(1, 'utf-8', '\\0')", lambda: bytes(1, 'utf-8', '\0')),
    ("bytes(None, 'utf-8', '\\udc80')", lambda: bytes(None, 'utf-8', '\udc80')),
    ("bytes('x', encoding='\\udc80')", lambda: bytes('x', encoding='\udc80')),
    ("bytearray('a', 'utf\\0')", lambda: bytearray('a', 'utf\0')),
    ("bytearray('a', '\\udc80')", lambda: bytearray('a', '\udc80')),
    ("bytearray('a', 'utf-8', '\\udc80')", lambda: bytearray('a', 'utf-8', '\udc80')),
    ("bytearray(1, '\\0')", lambda: bytearray(1, '\0')),
    ("bytearray(1, '\\udc80')", lambda: bytearray(1, '\udc80')),
    ("str(b'a', errors='\\0')", lambda: str(b'a', errors='\0')),
    ("str(b'a', '\\0')", lambda: str(b'a', '\0')),
    ("str(b'a', '\\udc80')", lambda: str(b'a', '\udc80')),
    ("str(b'a', 'utf-8', '\\udc80')", lambda: str(b'a', 'utf-8', '\udc80')),
    ("str(1, '\\0')", lambda: str(1, '\0')),
    ("str('a', '\\udc80')", lambda: str('a', '\udc80')),
    ("str([1], '\\x00\\t')", lambda: str([1], '\x00\t')),
    ("str(b'a', errors='\\udc80')", lambda: str(b'a', errors='\udc80')),
    ("str(bytearray(b'a'), 'utf-8\\0')", lambda: str(bytearray(b'a'), 'utf-8\0')),
    ("'a'.encode('nope\\0')", lambda: 'a'.encode('nope\0')),
    ("bytes('a', 'nope')", lambda: bytes('a', 'nope')),
    ("bytes(B(b'a'), '\\0')", lambda: bytes(B(b'a'), '\0')),
    ('\'a\'.encode(\'utf-8\', \'\\udc80\\udc81x\')', lambda: 'a'.encode('utf-8', '\udc80\udc81x')),
    ('\'a\'.encode(\'x\\0\\udc80\')', lambda: 'a'.encode('x\0\udc80')),
]
for text, call in cases:
    try:
        print(text, '->', repr(call()))
    except Exception as e:
        print(text, '->', type(e).__name__, e)
