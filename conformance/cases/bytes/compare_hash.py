# Comparison between bytes and bytearray, ordering, and hashing.
print(b"abc" == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"x") == b"x")
print(b"abc" != b"abd", b"a" < b"b", b"a" < b"ab", b"\xff" > b"\x00", b"" < b"\x00")
print(bytearray(b"b") > b"a", b"b" >= bytearray(b"b"), b"abc" <= b"abd")
print(b"a" == "a", "a" == b"a", b"1" == 1, b"" == bytearray())
print(hash(b"abc") == hash("abc"), hash(b"") == 0, hash(b"abc") == hash(b"ab" + b"c"))
print(hash(b"hello world"), hash(b"\x00\xff"))
d = {b"k": 1, b"j": 2}
print(d[b"k"], b"j" in d, {b"a", b"a", b"b"} == {b"a", b"b"})
print(sorted([b"b", b"a", b"ab", b""]), max(b"a", b"b"), min([bytearray(b"z"), b"y"]))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: hash(bytearray(b"x")))
show(lambda: {bytearray(b"x"): 1})
show(lambda: b"a" < "a")
show(lambda: b"a" > 1)
show(lambda: bytearray(b"a") <= None)
