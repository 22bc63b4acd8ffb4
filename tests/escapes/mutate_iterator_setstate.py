# Iterator __setstate__ and __reduce__ as a way past a container's end: an
# index far beyond (or before) a list, tuple, bytes or bytearray, set and
# then the container shrunk; a reverse iterator pointed past a list that is
# then cleared; a dict iterator reduced while its dict changes size; and
# typing's _lists_base and hashlib's OpenSSL name lookup fed hostile input.
import copy
import hashlib
import typing

out = []
for seq in ([1, 2, 3], (1, 2, 3), b"abc", bytearray(b"abc")):
    for index in (2**62, -2**62, 10, -1):
        it = iter(seq)
        it.__setstate__(index)
        out.append(list(it))
lst = [1, 2, 3, 4]
it = iter(lst)
it.__setstate__(3)
lst.clear()
out.append(list(it))
lst = [1, 2, 3]
rev = reversed(lst)
rev.__setstate__(2**40)
del lst[1:]
out.append(list(rev))
ba = bytearray(b"abcdef")
it = iter(ba)
it.__setstate__(5)
del ba[:]
out.append(list(it))
print(out)

# str, range and reversed() iterators: indexes past either end, a
# reversed() whose sequence shrinks in its own __len__ (called by
# __setstate__), and a range iterator moved around its int64 edges.
out = []
for s in ("abc", "a\u00e9\U0001f600"):
    for index in (2**62, -2**62, 10, -1, 2):
        it = iter(s)
        it.__setstate__(index)
        out.append("".join(it))
        rev = reversed(s)
        rev.__setstate__(index)
        out.append("".join(rev))
class Shrinking:
    def __init__(self):
        self.items = [1, 2, 3, 4]
    def __len__(self):
        n = len(self.items)
        self.items.clear()
        return n
    def __getitem__(self, i):
        return self.items[i]
rev = reversed(Shrinking())
rev.__setstate__(3)
out.append(list(rev))
it = iter(range(-2**63, 2**63 - 1, 2**62))
for index in (2**62, 4, 0, -2**62, 3):
    it.__setstate__(index)
    out.append(list(it))
print(out)

try:
    iter([1]).__setstate__(2**100)
except OverflowError as e:
    print("OverflowError", e)

d = {i: i for i in range(5)}
it = iter(d)
next(it)
d[99] = 0
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError", e)
print(copy.copy(iter({1: 2}.items())).__reduce__()[1])

print(typing._lists_base(int, object), typing._lists_base(bool, int))
try:
    typing._lists_base(3, object)
except TypeError as e:
    print("TypeError", e)

for name in ("a" * 100000, "SHA256\x00", "provider=default", "?fips=yes", "SHA2-256;x", "", "-"):
    try:
        hashlib.new(name)
        print("made", name[:10])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e)[:40])
# expect-output: [[], [1, 2, 3], [], [1, 2, 3], [], [1, 2, 3], [], [1, 2, 3], [], [97, 98, 99], [], [97, 98, 99], [], [97, 98, 99], [], [97, 98, 99], [], [], []]
# expect-output: ['', 'cba', 'abc', '', '', 'cba', 'abc', '', 'c', 'cba', '', '😀éa', 'aé😀', '', '', '😀éa', 'aé😀', '', '😀', '😀éa', [], [], [], [-9223372036854775808, -4611686018427387904, 0, 4611686018427387904], [-9223372036854775808, -4611686018427387904, 0, 4611686018427387904], [4611686018427387904]]
# expect-output: OverflowError Python int too large to convert to C ssize_t
# expect-output: RuntimeError dictionary changed size during iteration
# expect-output: ([(1, 2)],)
# expect-output: False False
# expect-output: TypeError _lists_base() argument must be a class
# expect-output: ValueError unsupported hash type aaaaaaaaaaaaaaaaaa
# expect-output: TypeError name must be a string
# expect-output: ValueError unsupported hash type provider=default
# expect-output: ValueError unsupported hash type ?fips=yes
# expect-output: ValueError unsupported hash type SHA2-256;x
# expect-output: ValueError unsupported hash type 
# expect-output: ValueError unsupported hash type -
