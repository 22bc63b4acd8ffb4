# StringIO and BytesIO convert their size, position and buffer arguments
# before checking that the stream is open: a bad argument to a closed
# stream is a TypeError, and an __index__ that closes the stream makes the
# call fail as closed.
import io


class ClosesIt:
    def __init__(self, stream, v):
        self.stream = stream
        self.v = v

    def __index__(self):
        self.stream.close()
        return self.v


for cls, init in ((io.StringIO, "0123456789\n" * 3), (io.BytesIO, b"0123456789\n" * 3)):
    name = cls.__name__
    for meth, args in (("read", ("x",)), ("readline", ("x",)), ("truncate", ("x",)),
                       ("seek", ("x",)), ("seek", (0, "x")), ("readlines", ("x",)),
                       ("read", (None,)), ("truncate", (-1,)), ("seek", (-1,))):
        s = cls(init)
        s.close()
        try:
            print(name, meth, args, "->", getattr(s, meth)(*args))
        except (TypeError, ValueError) as e:
            print(name, meth, args, type(e).__name__, e)
    for meth in ("read", "readline", "truncate", "seek"):
        s = cls(init)
        try:
            print(name, meth, "closed by __index__ ->", getattr(s, meth)(ClosesIt(s, 5)))
        except ValueError as e:
            print(name, meth, "closed by __index__", type(e).__name__, e)
b = io.BytesIO(b"abc")
b.close()
for arg in ("x", bytearray(2)):
    try:
        b.readinto(arg)
    except (TypeError, ValueError) as e:
        print("readinto", type(e).__name__, e)
