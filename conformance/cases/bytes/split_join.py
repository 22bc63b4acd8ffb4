# split, rsplit, join.
b = b"  a bb\tccc\n dd  "
print(b.split(), b.rsplit(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=2))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"a,b,,c".split(b",", 0), b",".split(b","))
print(b"a--b--c".split(b"--"), b"a--b--c".rsplit(b"--", maxsplit=1), b"abc".split(b"abc"))
print(bytearray(b"x y").split(), bytearray(b"1.2.3").rsplit(b".", 1), b"".split(), b"".split(b"x"))
print(b"aaa".split(b"a"), b"aaa".rsplit(b"aa"), b"x".split(sep=b"x"), b"\x0b\x0c\x1cz".split())
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join([bytearray(b"x"), b"y"]))
print(bytearray(b"+").join([b"1", b"2"]), b"".join(x for x in [b"g", b"en"]), b"-".join([b"solo"]))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b.split(b""))
show(lambda: b.split("a"))
show(lambda: b.split(maxsplit="a"))
show(lambda: b.split(b"a", 1, 2))
show(lambda: b"-".join([b"a", "b"]))
show(lambda: b"-".join([b"a", 1]))
show(lambda: b"-".join(1))
show(lambda: b"-".join())
