# StringIO: write, read, seek, tell, readline, readlines, iteration, getvalue.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.write(""))
print(repr(s.getvalue()), s.tell())
print(s.seek(0), repr(s.read(3)), s.tell())
print(repr(s.readline()), repr(s.readline(2)), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
for line in s:
    print("line:", repr(line))
print(repr(s.read()), s.tell())

t = io.StringIO("abc\ndef\nghi")
print(t.tell(), repr(t.read()), repr(t.read()), t.tell())
t.seek(0)
print(list(t))
t.seek(0)
print(t.readlines(1), t.readlines(0), t.readlines())
print(io.StringIO("a\nb\nc").readlines(3))
print(io.StringIO(None).getvalue() == "", io.StringIO().read(-5) == "")
print(io.StringIO("xyz").read(None))
