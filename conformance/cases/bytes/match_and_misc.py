# bytes in match statements (never a sequence pattern), as dict keys, in sets.
def kind(x):
    match x:
        case [a, *rest]:
            return "sequence"
        case b"abc":
            return "literal abc"
        case bytes():
            return "bytes"
        case bytearray():
            return "bytearray"
        case _:
            return "other"

print(kind(b"abc"), kind(b"xy"), kind(bytearray(b"xy")), kind([1, 2]), kind("s"))
print(b"a" in {b"a": 1}, {b"x": 1, bytes([120]): 2}, set([b"a", b"a"]))
print(b"abc".__len__(), b"abc".__getitem__(0), b"abc".__contains__(98), list(b"ab".__iter__()))
print(b"x".__bytes__(), bytes.fromhex("41") == b"A", bytes.maketrans(b"", b"")[:3])
