# BlockingIOError's characters_written, OSError's errno-to-subclass map and
# its attributes.
e = BlockingIOError(11, 'msg', 5)
print(e.args, e.errno, e.strerror, e.characters_written, str(e), repr(e))
e.characters_written = 7
print(e.characters_written)
del e.characters_written
try:
    e.characters_written
except AttributeError as x:
    print("AttributeError", x)
try:
    del e.characters_written
except AttributeError as x:
    print("AttributeError", x)
e2 = BlockingIOError(11, 'msg')
try:
    print(e2.characters_written)
except AttributeError as x:
    print("AttributeError", x)
print(e2.args)
e3 = BlockingIOError(11, 'msg', 5, 'fn')
print(e3.args, e3.filename, str(e3))
print(type(OSError(2, 'x')).__name__, type(OSError(11, 'x')).__name__, type(OSError(13, 'x')).__name__)
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 35, 61, 103, 104, 110, 111, 114, 115, 116, 999]:
    print(n, type(OSError(n, 'x')).__name__)
print(type(OSError(2)).__name__, type(OSError(2, 'x', 'f')).__name__, type(OSError()).__name__)
e = OSError(2, 'No such file', 'a.txt')
print(str(e), repr(e), e.args)
e = OSError(2, 'No such file', 'a.txt', None, 'b.txt')
print(str(e), repr(e), e.args)
try:
    e.msg = 1
    print(e.msg)
    del e.msg
    print(e.msg)
except AttributeError as x:
    print("AttributeError", x)
e = BlockingIOError(11, 'm', 'x')
print(e.args)
try:
    print(e.characters_written)
except Exception as x:
    print(type(x).__name__, x)
try:
    e = BlockingIOError(11, 'm', 2.5)
except Exception as x:
    print(type(x).__name__, x)
e.characters_written = 3
try:
    e.characters_written = 'a'
except Exception as x:
    print(type(x).__name__, x)
class MyErr(OSError): pass
print(type(MyErr(2, 'x')).__name__)
print(FileNotFoundError(2, 'x').errno, str(FileNotFoundError('plain')))
print(OSError(2, 'x').strerror, OSError('a', 'b', 'c').args, str(OSError('a','b','c')))
