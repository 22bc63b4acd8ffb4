# A bytearray repeated, sliced or stored into while an __index__ of the
# count, a slice bound, the step or the stored byte clears or grows it, and
# extended from a list whose items' __index__ resize it. CPython reads the
# size after each conversion; a native holding the old size or data
# pointer writes or reads freed bytes.
# expect-output: mul -> bytearray(b'')
# expect-output: imul clear -> 0
# expect-output: imul grow -> 2020
# expect-output: set slice -> bytearray(b'abZZ')
# expect-output: del extended -> bytearray(b'')
# expect-output: set extended ValueError attempt to assign bytes of size 5 to extended slice of size 0
# expect-output: get extended -> bytearray(b'')
# expect-output: set value IndexError bytearray index out of range
# expect-output: set index and value IndexError bytearray index out of range
# expect-output: extend generator -> bytearray(b'0123xxxxxxxx\x00\x01\x02\x03')
# expect-output: extend list -> bytearray(b'AB')
# expect-output: slice from list -> bytearray(b'AB')
# expect-output: init self from list -> bytearray(b'AzzB')
class Idx:
    def __init__(self, v, act):
        self.v = v
        self.act = act

    def __index__(self):
        self.act()
        return self.v


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def fresh():
    return bytearray(b"0123456789")


def mul():
    B = fresh()
    return B * Idx(3, B.clear)


def imul(grow):
    B = fresh()
    B *= Idx(2, (lambda: B.extend(b"x" * 1000)) if grow else B.clear)
    return len(B)


def set_slice():
    B = fresh()
    B[Idx(2, B.clear):Idx(5, lambda: B.extend(b"abc"))] = b"ZZ"
    return B


def del_extended():
    B = fresh()
    del B[0:10:Idx(2, B.clear)]
    return B


def set_extended():
    B = fresh()
    B[0:10:Idx(2, B.clear)] = b"abcde"
    return B


def get_extended():
    B = fresh()
    return B[0:10:Idx(2, B.clear)]


def set_value():
    B = fresh()
    B[9] = Idx(65, B.clear)
    return B


def set_index_and_value():
    B = fresh()
    B[Idx(9, lambda: None)] = Idx(65, B.clear)
    return B


def extend_generator():
    B = bytearray(b"0123")

    def g():
        for i in range(4):
            B.extend(b"xx")
            yield i
    B.extend(g())
    return B


def extend_list():
    B = bytearray(b"0123")
    B.extend([Idx(65, lambda: B.extend(b"q" * 100)), Idx(66, B.clear)])
    return B


def slice_from_list():
    B = fresh()
    B[2:5] = [Idx(65, B.clear), Idx(66, B.clear)]
    return B


def init_self_from_list():
    B = bytearray(b"abc")
    B.__init__([Idx(65, B.clear), Idx(66, lambda: B.extend(b"zz"))])
    return B


attempt("mul", mul)
attempt("imul clear", lambda: imul(False))
attempt("imul grow", lambda: imul(True))
attempt("set slice", set_slice)
attempt("del extended", del_extended)
attempt("set extended", set_extended)
attempt("get extended", get_extended)
attempt("set value", set_value)
attempt("set index and value", set_index_and_value)
attempt("extend generator", extend_generator)
attempt("extend list", extend_list)
attempt("slice from list", slice_from_list)
attempt("init self from list", init_self_from_list)
