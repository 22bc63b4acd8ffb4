# tell, next, iter and readlines on closed in-memory streams: which raise, and
# with which of CPython's two messages.
import io
for cls, init in ((io.StringIO, "a\nb\n"), (io.BytesIO, b"a\nb\n")):
    f = cls(init)
    print(next(f), f.tell(), list(f), f.tell())
    f.close()
    for op in (lambda: f.tell(), lambda: next(f), lambda: iter(f), lambda: f.readlines()):
        try:
            op()
        except ValueError as e:
            print(cls.__name__, e)
