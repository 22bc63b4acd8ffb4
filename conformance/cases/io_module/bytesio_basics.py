# BytesIO: the bytes counterpart, with relative seeks and readinto.
import io

b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.tell(), b.readline(), b.readlines())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
print(b.write(b"HE"), b.getvalue(), b.tell())
print(b.write(bytearray(b"ll")), b.getvalue())
b.seek(20)
b.write(b"!")
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
print(list(b))
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf, b.read1(), b.read())
print(io.BytesIO(b"a\nb\r\nc").readlines(), io.BytesIO().getvalue(), io.BytesIO(bytearray(b"xy")).read(None))
with io.BytesIO(b"data") as f:
    print(f.read(2), f.closed)
print(f.closed)

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

c = io.BytesIO(b"abc")
attempt("seek neg", lambda: c.seek(-1))
attempt("whence", lambda: c.seek(0, 3))
attempt("truncate", lambda: c.truncate(-1))
attempt("write str", lambda: c.write("x"))
attempt("write int", lambda: c.write(1))
attempt("init str", lambda: io.BytesIO("x"))
attempt("read str", lambda: c.read("x"))
attempt("fileno", c.fileno)
c.close()
for name in ["getvalue", "read", "readline", "tell", "readable", "flush", "isatty"]:
    attempt(name, getattr(c, name))
attempt("write", lambda: c.write(b"a"))
attempt("next", lambda: next(c))
