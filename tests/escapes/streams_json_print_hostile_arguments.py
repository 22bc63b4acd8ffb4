# The in-memory streams, json and print take positions, sizes, files and
# numbers from the script: StringIO seeks past any buffer CPython could
# allocate (its OverflowError, not a memory bomb), negative seeks and
# truncates, BytesIO writes far past the end, readinto a bytes object,
# getbuffer (a memoryview: refused); json.dumps of float and int
# subclasses with lying reprs as values and keys, mixed sort keys,
# separators that are not str, lone surrogates, huge ints at the 4300
# digit limit, circular lists with and without check_circular; print into
# a file object whose write() prints into itself or raises, with
# non-str sep/end; hashlib names in upper case, unknown names, str data,
# and blake2 digest sizes. Each must give CPython's answer or exception.
# expect-output: StringIO initial non-str TypeError: initial_value must be str or None, not int
# expect-output: StringIO write non-str TypeError: string argument expected, got 'bytes'
# expect-output: StringIO seek huge OverflowError: new buffer size too large
# expect-output: StringIO seek past int64 OverflowError: Python int too large to convert to C ssize_t
# expect-output: StringIO seek whence past int OverflowError: Python int too large to convert to C int
# expect-output: StringIO read past ssize_t OverflowError: cannot fit 'int' into an index-sized integer
# expect-output: StringIO truncate past ssize_t OverflowError: cannot fit 'int' into an index-sized integer
# expect-output: BytesIO seek past ssize_t OverflowError: Python int too large to convert to C ssize_t
# expect-output: BytesIO read past ssize_t OverflowError: cannot fit 'int' into an index-sized integer
# expect-output: StringIO seek negative ValueError: Negative seek position -1
# expect-output: StringIO truncate negative ValueError: Negative size value -1
# expect-output: StringIO newline bad ValueError: illegal newline value: 'x'
# expect-output: StringIO read after close ValueError: I/O operation on closed file
# expect-output: BytesIO initial str TypeError: a bytes-like object is required, not 'str'
# expect-output: BytesIO seek huge then write -> 1000001
# expect-output: BytesIO readinto bytearray -> (4, bytearray(b'abcd'))
# expect-output: BytesIO readinto bytes TypeError: readinto() argument must be read-write bytes-like object, not bytes
# expect-output: BytesIO write memoryless TypeError: a bytes-like object is required, not 'str'
# expect-output: json float subclass -> '[1.5, 2]'
# expect-output: json float subclass key -> '{"1.5": 1, "2": 2}'
# expect-output: json bool/None keys -> '{"true": 3, "null": 2}'
# expect-output: json sort_keys mixed TypeError: '<' not supported between instances of 'str' and 'int'
# expect-output: json indent str -> '[\n--1\n]'
# expect-output: json separators non-str TypeError: make_encoder() argument 5 must be str, not int
# expect-output: json surrogates ascii -> '"\\ud800"'
# expect-output: json surrogates no ascii -> '"\ud800"'
# expect-output: json nan disallowed ValueError: Out of range float values are not JSON compliant
# expect-output: json huge int -> 4001
# expect-output: json huge int over limit ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect-output: json loads huge int ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect-output: json loads deep RecursionError: maximum recursion depth exceeded while decoding a JSON array from a unicode string
# expect-output: json circular ValueError: Circular reference detected
# expect-output: json circular off RecursionError: maximum recursion depth exceeded while encoding a JSON object
# expect-output: print file recursion -> None
# expect-output: print file raising OSError: nope
# expect-output: print sep non-str TypeError: sep must be None or a string, not int
# expect-output: print end bytes TypeError: end must be None or a string, not bytes
# expect-output: sys.stdout.write non-str TypeError: write() argument must be str, not int
# expect-output: a
# expect-output: sys.stdout.writelines mixed TypeError: write() argument must be str, not int
# expect-output: hashlib.new upper -> 'sha256'
# expect-output: hashlib.new unknown ValueError: unsupported hash type md4x
# expect-output: hashlib.new str data TypeError: Strings must be encoded before hashing
# expect-output: hashlib usedforsecurity -> 'd41d8cd98f00b204e9800998ecf8427e'
# expect-output: hashlib blake2 bad digest_size ValueError: digest_size must be between 1 and 64 bytes
# expect-output: hashlib copy then update -> True
import hashlib
import io
import json
import re
import sys


def t(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        text = "-> " + repr(fn())
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    print(label, re.sub(r" at 0x[0-9a-f]+", "", text)[:200])


t("StringIO initial non-str", lambda: io.StringIO(5))
t("StringIO write non-str", lambda: io.StringIO().write(b"x"))
t("StringIO seek huge",
  lambda: (s := io.StringIO("abc"), s.seek(2**62), s.write("x"), len(s.getvalue()))[3])
t("StringIO seek past int64", lambda: io.StringIO("abc").seek(2**70))
t("StringIO seek whence past int", lambda: io.StringIO().seek(0, 2 ** 70))
t("StringIO read past ssize_t", lambda: io.StringIO().read(2 ** 70))
t("StringIO truncate past ssize_t", lambda: io.StringIO("a").truncate(2 ** 70))
t("BytesIO seek past ssize_t", lambda: io.BytesIO().seek(2 ** 70))
t("BytesIO read past ssize_t", lambda: io.BytesIO(b"a").read(2 ** 70))
t("StringIO seek negative", lambda: io.StringIO("abc").seek(-1))
t("StringIO truncate negative", lambda: io.StringIO("abc").truncate(-1))
t("StringIO newline bad", lambda: io.StringIO(newline="x"))
t("StringIO read after close", lambda: (s := io.StringIO("a"), s.close(), s.read())[2])
t("BytesIO initial str", lambda: io.BytesIO("x"))
t("BytesIO seek huge then write",
  lambda: (b := io.BytesIO(), b.seek(10**6), b.write(b"x"), len(b.getvalue()))[3])
t("BytesIO readinto bytearray",
  lambda: (ba := bytearray(4), io.BytesIO(b"abcdef").readinto(ba), ba)[1:])
t("BytesIO readinto bytes", lambda: io.BytesIO(b"abc").readinto(b"xyz"))
t("BytesIO write memoryless", lambda: io.BytesIO().write("s"))


class Fl(float):
    def __repr__(self):
        return "HOSTILE"


class In(int):
    def __repr__(self):
        return "HOSTILE"

    def __str__(self):
        return "HOSTILE"


t("json float subclass", lambda: json.dumps([Fl(1.5), In(2)]))
t("json float subclass key", lambda: json.dumps({Fl(1.5): 1, In(2): 2}))
t("json bool/None keys", lambda: json.dumps({True: 1, None: 2, 1.0: 3}))
t("json sort_keys mixed", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
t("json indent str", lambda: json.dumps([1], indent="--"))
t("json separators non-str", lambda: json.dumps([1, 2], separators=(1, 2)))
t("json surrogates ascii", lambda: json.dumps("\ud800"))
t("json surrogates no ascii", lambda: json.dumps("\ud800", ensure_ascii=False))
t("json nan disallowed", lambda: json.dumps(float("nan"), allow_nan=False))
t("json huge int", lambda: len(json.dumps(10**4000)))
t("json huge int over limit", lambda: json.dumps(10**5000))
t("json loads huge int", lambda: json.loads("1" * 5000))
t("json loads deep", lambda: json.loads("[" * 5000 + "]" * 5000) and "ok")
t("json circular", lambda: (l := [], l.append(l), json.dumps(l))[2])
t("json circular off", lambda: (l := [], l.append(l), json.dumps(l, check_circular=False))[2])


class W:
    def __init__(self):
        self.n = 0

    def write(self, s):
        self.n += 1
        if self.n < 3:
            print("nested", file=self)
        return len(s)


t("print file recursion", lambda: print("x", file=W()))


class W2:
    def write(self, s):
        raise OSError("nope")


t("print file raising", lambda: print("x", file=W2()))
t("print sep non-str", lambda: print("a", "b", sep=5))
t("print end bytes", lambda: print("a", end=b"x"))
t("sys.stdout.write non-str", lambda: sys.stdout.write(5))
t("sys.stdout.writelines mixed", lambda: sys.stdout.writelines(["a\n", 5]))
t("hashlib.new upper", lambda: hashlib.new("SHA256").name)
t("hashlib.new unknown", lambda: hashlib.new("md4x"))
t("hashlib.new str data", lambda: hashlib.new("sha256", "text"))
t("hashlib usedforsecurity", lambda: hashlib.md5(b"", usedforsecurity=False).hexdigest())
t("hashlib blake2 bad digest_size", lambda: hashlib.blake2b(digest_size=65))
t("hashlib copy then update", lambda: (h := hashlib.sha1(b"a"), c := h.copy(), c.update(b"b"),
                                       h.hexdigest() != c.hexdigest())[3])
