import io

buf = io.StringIO("line one\nline two\n\nlast line")
print(buf.readline(), end="")
print(repr(buf.read(4)), buf.tell())
print([l.rstrip("\n") for l in buf])
buf.seek(0)
print(len(buf.readlines()), buf.read() == "")
out = io.StringIO()
print("hello", "world", sep=", ", end="!\n", file=out)
out.write("more\n")
print(repr(out.getvalue()), out.tell())
out.seek(0)
out.write("J")
print(repr(out.getvalue()))
out.truncate(5)
print(repr(out.getvalue()))
b = io.BytesIO(b"\x00\x01binary")
print(b.read(2), b.read(), b.getvalue()[2:4])
b.write(b"!!")
print(b.getvalue())
with io.StringIO() as s:
    s.write("x")
    print(s.closed)
print(s.closed)
try:
    s.write("y")
except ValueError as e:
    print("ValueError", e)
