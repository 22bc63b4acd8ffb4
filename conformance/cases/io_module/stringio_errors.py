# CPython's messages, including "closed file" with and without a final dot.
import io

s = io.StringIO("abc")

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("seek cur", lambda: s.seek(1, 1))
attempt("seek end", lambda: s.seek(-1, 2))
attempt("seek neg", lambda: s.seek(-1))
attempt("whence", lambda: s.seek(0, 3))
attempt("seek float", lambda: s.seek(1.5))
attempt("truncate", lambda: s.truncate(-1))
attempt("write int", lambda: s.write(1))
attempt("write bytes", lambda: s.write(b"x"))
attempt("init", lambda: io.StringIO(1))
attempt("newline", lambda: io.StringIO(newline="x"))
attempt("read str", lambda: s.read("x"))
attempt("readline str", lambda: s.readline("a"))
attempt("fileno", lambda: s.fileno())
attempt("detach", lambda: s.detach())
attempt("readable", s.readable)
attempt("seekable", s.seekable)
attempt("isatty", s.isatty)
attempt("encoding", lambda: s.encoding)
attempt("newlines", lambda: s.newlines)
s.close()
s.close()
attempt("closed", lambda: s.closed)
for name in ["getvalue", "read", "readline", "tell", "readable", "isatty", "flush", "__enter__"]:
    attempt(name, getattr(s, name))
attempt("write", lambda: s.write("a"))
attempt("seek", lambda: s.seek(0))
attempt("next", lambda: next(s))
attempt("iter", lambda: iter(s))
attempt("newlines", lambda: s.newlines)
try:
    raise io.UnsupportedOperation("x")
except ValueError as e:
    print("ValueError caught", isinstance(e, OSError), type(e).__name__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.TextIOBase))
print(io.StringIO, io.BytesIO, io.UnsupportedOperation)
print(type(io.StringIO()).__name__, io.StringIO.__module__)
