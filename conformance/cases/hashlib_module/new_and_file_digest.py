# hashlib.new's dispatch (blake2 keywords, bad names) and file_digest over
# in-memory files, objects with getbuffer(), and readinto() readers.
import hashlib
import io


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


print(hashlib.new.__name__, hashlib.__all__)
print(sorted(hashlib.algorithms_guaranteed),
      hashlib.algorithms_available >= hashlib.algorithms_guaranteed)
attempt("list name", lambda: hashlib.new(["md5"]))
attempt("int name", lambda: hashlib.new(5))
attempt("unknown", lambda: hashlib.new("nonesuch"))
attempt("name keyword", lambda: hashlib.new(name="md5", data=b"x").hexdigest())
attempt("blake2b keywords", lambda: hashlib.new("blake2b", b"x", digest_size=8,
                                                key=b"k").hexdigest())
attempt("blake2s bad keyword", lambda: hashlib.new("blake2s", b"x", bogus=1))
attempt("sha256 bad keyword", lambda: hashlib.new("sha256", b"x", bogus=1))
attempt("upper SHA256", lambda: hashlib.new("SHA256", b"x").name)


class Reader:
    """Hands out its chunks through readinto(), then 0."""

    def __init__(self, *chunks, readable=True):
        self.chunks = list(chunks)
        self.ok = readable

    def readable(self):
        return self.ok

    def readinto(self, buffer):
        if not self.chunks:
            return 0
        chunk = self.chunks.pop(0)
        buffer[:len(chunk)] = chunk
        return len(chunk)

    def __repr__(self):
        return "Reader()"


class OnlyGetbuffer:
    def getbuffer(self):
        return b"abc"


class Spied(io.BytesIO):
    def getvalue(self):
        print("getvalue called")
        return super().getvalue()


expected = hashlib.sha1(b"abc").hexdigest()
for label, source in [("BytesIO", io.BytesIO(b"abc")),
                      ("BytesIO subclass", Spied(b"abc")),
                      ("getbuffer only", OnlyGetbuffer()),
                      ("reader", Reader(b"ab", b"c")),
                      ("empty reader", Reader())]:
    attempt(label, lambda: hashlib.file_digest(source, "sha1").hexdigest() == expected)
attempt("constructor", lambda: hashlib.file_digest(io.BytesIO(b"abc"), hashlib.md5).hexdigest())
attempt("blake2s class", lambda: hashlib.file_digest(Reader(b"abc"), hashlib.blake2s).name)
attempt("not readable", lambda: hashlib.file_digest(Reader(b"x", readable=False), "sha1"))
attempt("int file", lambda: hashlib.file_digest(5, "md5"))
attempt("unknown digest", lambda: hashlib.file_digest(io.BytesIO(b""), "nonesuch"))
attempt("int digest", lambda: hashlib.file_digest(io.BytesIO(b""), 5))
attempt("keywords", lambda: hashlib.file_digest(fileobj=io.BytesIO(b""), digest="md5"))
attempt("small buffer", lambda: hashlib.file_digest(Reader(b"a", b"b", b"c"), "sha1",
                                                    _bufsize=1).hexdigest() == expected)
