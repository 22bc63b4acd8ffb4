# splitlines, partition, rpartition.
b = b"one\ntwo\r\nthree\rfour\n\nfive"
print(b.splitlines(), b.splitlines(True), b.splitlines(keepends=True), b"".splitlines(), b"x\n".splitlines())
print(b"a\x0bb\x0cc\x1cd".splitlines(), bytearray(b"p\nq").splitlines())
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"abc".partition(b"z"), b"abc".rpartition(b"z"))
print(bytearray(b"a:b").partition(b":"), bytearray(b"ab").rpartition(b":"), b"abc".partition(bytearray(b"b")))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b.partition(b""))
show(lambda: b.rpartition("a"))
show(lambda: b.partition())
show(lambda: b.splitlines("a"))
show(lambda: b.splitlines(x=1))
