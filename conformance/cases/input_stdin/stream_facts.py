# What sys.stdin and sys.stdin.buffer say about themselves, and closing them.
import io
import sys

s, b = sys.stdin, sys.stdin.buffer
print(s, b, type(s).__name__, type(b).__name__)
print(s.isatty(), s.readable(), s.writable(), s.seekable(), s.closed)
print(s.encoding, s.errors, s.name, s.mode, s.newlines, s.line_buffering)
print(b.isatty(), b.readable(), b.writable(), b.seekable(), b.closed, b.name, b.mode)
print(s.buffer is b, s.flush(), b.flush())
for f in (lambda: s.write("x"), lambda: b.write(b"x"), s.tell, lambda: s.seek(0),
          s.truncate):
    try:
        f()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
for f in (lambda: s.read("x"), lambda: s.read(1.5), lambda: s.readline("x"),
          lambda: s.readline(None), lambda: s.readlines("x"), lambda: b.read("x"),
          lambda: b.readline(2.0), lambda: s.read(1, 2)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
try:
    b.read(-2)
except ValueError as e:
    print("ValueError", e)
print(repr(s.readline()))
with s as entered:
    print(entered is s, repr(entered.readline()))
print(s.closed, b.closed, s.close(), b.close())
for f in (s.read, s.readline, s.readlines, lambda: next(s), s.isatty, s.readable, s.flush,
          lambda: s.write("x"), input, b.read, b.readline, b.readlines, lambda: next(b),
          b.isatty, b.read1, b.peek, lambda: iter(s), s.__enter__):
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
print(s.name, s.encoding)
for f in (s.writable, s.seekable):
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
