import uuid


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("nothing", lambda: uuid.UUID())
attempt("two", lambda: uuid.UUID("12345678123456781234567812345678", int=5))
attempt("short hex", lambda: uuid.UUID("1234"))
attempt("bad hex", lambda: uuid.UUID("1234567812345678123456781234567z"))
attempt("long hex", lambda: uuid.UUID("1" * 33))
attempt("bytes 15", lambda: uuid.UUID(bytes=b"x" * 15))
attempt("bytes_le 17", lambda: uuid.UUID(bytes_le=b"x" * 17))
attempt("fields 5", lambda: uuid.UUID(fields=(1, 2, 3, 4, 5)))
attempt("field 1", lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)))
attempt("field 2", lambda: uuid.UUID(fields=(0, -1, 0, 0, 0, 0)))
attempt("field 4", lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)))
attempt("field 6", lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 1 << 48)))
attempt("int big", lambda: uuid.UUID(int=1 << 128))
attempt("int neg", lambda: uuid.UUID(int=-1))
attempt("version 0", lambda: uuid.UUID(int=0, version=0))
attempt("version 6", lambda: uuid.UUID(int=0, version=6))
attempt("version 4", lambda: uuid.UUID(int=0, version=4))
u = uuid.UUID(int=7)
attempt("setattr", lambda: setattr(u, "int", 8))
attempt("setattr other", lambda: setattr(u, "color", "red"))
attempt("delattr", lambda: delattr(u, "int"))
attempt("compare str", lambda: u < "x")
attempt("eq str", lambda: u == str(u))
attempt("uuid3 int name", lambda: uuid.uuid3(uuid.NAMESPACE_DNS, 5))
attempt("uuid5 bytes name", lambda: uuid.uuid5(uuid.NAMESPACE_DNS, b"bytes.example"))
