# replace, translate, maketrans.
b = b"one two one two one"
print(b.replace(b"one", b"1"), b.replace(b"one", b"ONE", 2), b.replace(b"two", b""), b.replace(b"x", b"y"))
print(b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"".replace(b"", b"x"), b"aaa".replace(b"a", b"bb", -1))
print(bytearray(b"xyx").replace(b"x", b"z"), b"abc".replace(bytearray(b"b"), bytearray(b"B")), b"aa".replace(b"a", b"a"))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc".translate(table), b"abcdef".translate(table, b"de"))
print(b"hello".translate(None, b"l"), b"hello".translate(None), bytearray(b"abc").translate(table), bytearray.maketrans(b"a", b"b")[97])

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b.replace("one", b"1"))
show(lambda: b.replace(b"one", b"1", "x"))
show(lambda: b.replace(b"a"))
show(lambda: b.translate(b"short"))
show(lambda: b.translate(None, "x"))
show(lambda: bytes.maketrans(b"ab", b"c"))
show(lambda: bytes.maketrans("a", b"b"))
show(lambda: b.translate())
