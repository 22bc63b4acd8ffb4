# bytes.join and bytearray.join over a generator that changes the buffers
# the join reads: the separator (a bytearray joining with itself as the
# separator, cleared or grown between items) and an item already yielded
# (a bytearray cleared or grown after it was handed over). CPython's
# stringlib join reads the separator's pointer and length before it drains
# the generator, so in CPython these read a stale buffer; moat must copy
# only what each buffer holds when the join copies it, and never read past
# a buffer a callback shrank.
# expect-output: separator grown then cleared -> bytearray(b'abc')
# expect-output: separator cleared -> bytearray(b'ab')
# expect-output: separator grown -> bytearray(b'a+=====b')
# expect-output: bytes.join, yielded item cleared -> b'-z'
# expect-output: bytes.join, yielded item grown -> 100006
# expect-output: bytearray.join, item yielded twice then cut -> bytearray(b'rrrrrrrrrr|rrrrrrrrrr|!')
# expect-output: separator is also an item -> bytearray(b'end')
# expect-output: generator raises after clearing KeyError: 'late'
# expect-output: sep after bytearray(b'') bytearray(b'') bytearray(b'+=====') bytearray(b'')
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


sep = bytearray(b"SEP")


def grows_then_clears():
    yield b"a"
    sep.extend(b"x" * 1000)
    yield b"b"
    sep.clear()
    yield b"c"


attempt("separator grown then cleared", lambda: sep.join(grows_then_clears()))

sep2 = bytearray(b"-" * 300)


def clears():
    yield b"a"
    sep2.clear()
    yield b"b"


attempt("separator cleared", lambda: sep2.join(clears()))

sep3 = bytearray(b"+")


def grows():
    yield b"a"
    sep3.extend(b"=" * 5)
    yield b"b"


attempt("separator grown", lambda: sep3.join(grows()))

item = bytearray(b"q" * 1000)


def item_cleared():
    yield item
    item.clear()
    yield b"z"


attempt("bytes.join, yielded item cleared", lambda: b"-".join(item_cleared()))

item2 = bytearray(b"q" * 4)


def item_grown():
    yield item2
    item2.extend(b"w" * 100000)
    yield b"z"


attempt("bytes.join, yielded item grown", lambda: len(b"-".join(item_grown())))

item3 = bytearray(b"r" * 1000)


def item3_cleared():
    yield item3
    yield item3
    del item3[10:]
    yield b"!"


attempt("bytearray.join, item yielded twice then cut",
        lambda: bytearray(b"|").join(item3_cleared()))

sep4 = bytearray(b"::")


def yields_separator():
    yield sep4
    sep4.extend(b"::")
    yield sep4
    sep4.clear()
    yield b"end"


attempt("separator is also an item", lambda: sep4.join(yields_separator()))


def raises_after_clear():
    yield b"a"
    sep.extend(b"abc")
    sep.clear()
    raise KeyError("late")


sep.extend(b"abc")
attempt("generator raises after clearing", lambda: sep.join(raises_after_clear()))
print("sep after", sep, sep2, sep3, sep4)
