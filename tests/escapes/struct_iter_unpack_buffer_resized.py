# struct.iter_unpack and Struct.iter_unpack return an iterator over a
# buffer. CPython's iterator holds a buffer export, so a bytearray cannot
# be resized under it (BufferError). moat has no exports: the iterator
# must read only bytes it owns, so clearing, shrinking to a size that is
# not a multiple of the item size, or growing the bytearray between
# steps can never make it read past the storage, and the zero-size and
# length-hint corners keep CPython's answers.
# expect-output: first item -> (506097522914230528,)
# expect-output: after the buffer was cleared -> 7
# expect-output: after a shrink to an odd size -> 7
# expect-output: after a grow -> [(506097522914230528,), (1084818905618843912,)]
# expect-output: length hint -> 4
# expect-output: Struct.iter_unpack after replacing the contents -> [(0,), (0,)]
# expect-output: zero-size format error: cannot iteratively unpack with a struct of length 0
# expect-output: buffer not a multiple error: iterative unpacking requires a buffer of a multiple of 4 bytes
# expect-output: length hint after clear -> 4
import struct


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


ba = bytearray(range(64))
it = struct.iter_unpack("<Q", ba)
t("first item", lambda: next(it))
ba.clear()
t("after the buffer was cleared", lambda: len(list(it)))
ba2 = bytearray(range(64))
it2 = struct.iter_unpack("<Q", ba2)
next(it2)
del ba2[20:]
t("after a shrink to an odd size", lambda: len(list(it2)))
ba3 = bytearray(range(16))
it3 = struct.iter_unpack("<Q", ba3)
ba3.extend(range(16))
t("after a grow", lambda: list(it3))
t("length hint", lambda: struct.iter_unpack("<Q", bytearray(32)).__length_hint__())
packer = struct.Struct("<I")
ba4 = bytearray(8)
it4 = packer.iter_unpack(ba4)
ba4[:] = b"\xff" * 1000
t("Struct.iter_unpack after replacing the contents", lambda: list(it4))
t("zero-size format", lambda: struct.iter_unpack("", b""))
t("buffer not a multiple", lambda: struct.iter_unpack("<I", b"abc"))
ba5 = bytearray(16)
it5 = struct.iter_unpack("<I", ba5)
t("length hint after clear", lambda: (ba5.clear(), it5.__length_hint__())[1])
