# bytearray methods whose int arguments (widths, counts, maxsplit, byte
# values, hex separators' group size) convert through __index__ that clears
# or grows the bytearray being worked on. The method must read the bytes
# after every conversion, as CPython does, never a saved pointer.
# expect-output: center -> bytearray(b'********************') bytearray(b'')
# expect-output: zfill -> bytearray(b'00000000000000000000') bytearray(b'')
# expect-output: ljust grow -> bytearray(b'abcdefzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz') bytearray(b'abcdefzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz')
# expect-output: split maxsplit -> [bytearray(b'')] bytearray(b'')
# expect-output: rsplit maxsplit -> [] bytearray(b'')
# expect-output: replace count -> bytearray(b'') bytearray(b'')
# expect-output: expandtabs -> bytearray(b'') bytearray(b'')
# expect-output: hex sep ->  bytearray(b'')
# expect-output: count int -> 0 bytearray(b'')
# expect-output: contains int -> False bytearray(b'')
# expect-output: remove int ValueError value not found in bytearray bytearray(b'')
# expect-output: index int ValueError subsection not found bytearray(b'')
# expect-output: append -> None bytearray(b'c')
# expect-output: insert value -> None bytearray(b'c')
# expect-output: bytes.find of it -> 1 bytearray(b'')
# expect-output: startswith tuple -> True bytearray(b'')
# expect-output: join itself -> bytearray(b'abcdefabcdefabcdefabcdefabcdef') bytearray(b'abcdef')
# expect-output: decode slice ->  bytearray(b'')
class Idx:
    def __init__(self, v, act):
        self.v = v
        self.act = act

    def __index__(self):
        self.act()
        return self.v


def attempt(label, make, call):
    ba = make()
    try:
        print(label, "->", call(ba), ba)
    except Exception as e:
        print(label, type(e).__name__, e, ba)


def six():
    return bytearray(b"abcdef")


def spaced():
    return bytearray(b"a b c d e f")


attempt("center", six, lambda ba: ba.center(Idx(20, ba.clear), b"*"))
attempt("zfill", six, lambda ba: ba.zfill(Idx(20, ba.clear)))
attempt("ljust grow", six, lambda ba: ba.ljust(Idx(20, lambda: ba.extend(b"z" * 100))))
attempt("split maxsplit", six, lambda ba: ba.split(b"c", Idx(1, ba.clear)))
attempt("rsplit maxsplit", spaced, lambda ba: ba.rsplit(None, Idx(2, ba.clear)))
attempt("replace count", spaced, lambda ba: ba.replace(b" ", b"--", Idx(3, ba.clear)))
attempt("expandtabs", lambda: bytearray(b"abc\tdef"), lambda ba: ba.expandtabs(Idx(40, ba.clear)))
attempt("hex sep", six, lambda ba: ba.hex(":", Idx(2, ba.clear)))
attempt("count int", six, lambda ba: ba.count(Idx(99, ba.clear)))
attempt("contains int", six, lambda ba: Idx(99, ba.clear) in ba)
attempt("remove int", six, lambda ba: ba.remove(Idx(99, ba.clear)))
attempt("index int", six, lambda ba: ba.index(Idx(99, ba.clear)))
attempt("append", six, lambda ba: ba.append(Idx(99, ba.clear)))
attempt("insert value", six, lambda ba: ba.insert(5, Idx(99, ba.clear)))
attempt("bytes.find of it", six, lambda ba: b"abcdef".find(ba, Idx(1, ba.clear)))
attempt("startswith tuple", six, lambda ba: b"abcdef".startswith((ba, b"x"), Idx(0, ba.clear)))
attempt("join itself", six, lambda ba: ba.join([ba, ba, ba]))
attempt("decode slice", six, lambda ba: ba[Idx(1, ba.clear):Idx(5, lambda: None)].decode())
