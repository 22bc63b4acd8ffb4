# StringIO and BytesIO methods whose size, position or whence arguments
# run __index__ that truncates, grows, rewrites or closes the very stream
# being read or moved, and iteration over a stream that the loop body
# truncates and rewrites. The stream must be re-read after each
# conversion (CPython converts first, then checks that it is open), and
# read the text or bytes it holds then, never a stale length.
# expect-output: bytes read, size truncates -> b''
# expect-output: bytes read, size closes ValueError I/O operation on closed file.
# expect-output: bytes seek, pos writes -> (5, 5, 1000)
# expect-output: bytes truncate, size closes ValueError I/O operation on closed file.
# expect-output: bytes readline, limit truncates -> b''
# expect-output: bytes seek, both convert -> 3
# expect-output: text read, size truncates -> 
# expect-output: text readline, size closes ValueError I/O operation on closed file
# expect-output: text seek, pos rewrites -> (3, 'ZZZZZ')
# expect-output: text seek far, write -> (1000, 1, 1001)
# expect-output: text iteration truncated -> ['a\n']
# expect-output: bytes iteration rewound -> [b'a\n', b'a\n', b'a\n', b'a\n', b'a\n', b'a\n']
# expect-output: readinto -> (20, b'01234567890123456789')
import io


class Ix:
    def __init__(self, v, act):
        self.v = v
        self.act = act

    def __index__(self):
        self.act()
        return self.v


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def fresh_bytes():
    return io.BytesIO(b"0123456789" * 10)


def fresh_text():
    return io.StringIO("line1\nline2\nline3\n" * 10)


b = fresh_bytes()
attempt("bytes read, size truncates", lambda: b.read(Ix(50, lambda: b.truncate(0))))
b = fresh_bytes()
attempt("bytes read, size closes", lambda: b.read(Ix(50, b.close)))
b = fresh_bytes()
attempt("bytes seek, pos writes", lambda: (b.seek(Ix(5, lambda: b.write(b"x" * 1000))), b.tell(), len(b.getvalue())))
b = fresh_bytes()
attempt("bytes truncate, size closes", lambda: b.truncate(Ix(5, b.close)))
b = fresh_bytes()
attempt("bytes readline, limit truncates", lambda: b.readline(Ix(50, lambda: b.truncate(0))))
b = io.BytesIO(b"0123456789")
attempt("bytes seek, both convert", lambda: b.seek(Ix(0, lambda: b.truncate(0)), Ix(2, lambda: b.write(b"abc"))))
s = fresh_text()
attempt("text read, size truncates", lambda: s.read(Ix(50, lambda: s.truncate(0))))
s = fresh_text()
attempt("text readline, size closes", lambda: s.readline(Ix(50, s.close)))
s = fresh_text()
attempt("text seek, pos rewrites", lambda: (s.seek(Ix(3, lambda: (s.seek(0), s.write("Z" * 200)))), s.read(5)))
s = io.StringIO("abc")
attempt("text seek far, write", lambda: (s.seek(Ix(1000, lambda: None)), s.write("x"), len(s.getvalue())))


def text_iter():
    s = io.StringIO("a\nb\nc\n")
    out = []
    for line in s:
        out.append(line)
        s.truncate(0)
        s.write("zz\nyy\n")
    return out


def bytes_iter():
    b = io.BytesIO(b"a\nb\nc\n")
    out = []
    for line in b:
        out.append(line)
        b.seek(0)
        if len(out) > 5:
            break
    return out


attempt("text iteration truncated", text_iter)
attempt("bytes iteration rewound", bytes_iter)
ba = bytearray(20)
b = fresh_bytes()
attempt("readinto", lambda: (b.readinto(ba), bytes(ba)))
