# Every way of making an empty str, bytes or tuple gives the one singleton,
# as CPython's.
tests = [
    ("''.join([])", lambda: ''.join([]), ''),
    ("str()", lambda: str(), ''),
    ("'abc'[5:]", lambda: 'abc'[5:], ''),
    ("' '.strip()", lambda: ' '.strip(), ''),
    ("'ab'.replace('ab', '')", lambda: 'ab'.replace('ab', ''), ''),
    ("'x' * 0", lambda: 'x' * 0, ''),
    ("'a,'.split(',')[1]", lambda: 'a,'.split(',')[1], ''),
    ("f'{s}'", lambda: f'{"".lower()}', ''),
    ("str(b'', 'ascii')", lambda: str(b'', 'ascii'), ''),
    ("repr('')[1:-1]", lambda: repr('')[1:-1], ''),
    ("bytes()", lambda: bytes(), b''),
    ("b'abc'[5:]", lambda: b'abc'[5:], b''),
    ("bytes([])", lambda: bytes([]), b''),
    ("b''.join([])", lambda: b''.join([]), b''),
    ("'x'.encode()[1:]", lambda: 'x'.encode()[1:], b''),
    ("tuple()", lambda: tuple(), ()),
    ("tuple([])", lambda: tuple([]), ()),
    ("(1, 2)[5:]", lambda: (1, 2)[5:], ()),
]
for text, make, empty in tests:
    print(text, make() is empty, make() is make())
