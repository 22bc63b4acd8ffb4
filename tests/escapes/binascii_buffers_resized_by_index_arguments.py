# binascii and base64 take a bytes-like argument and then convert int
# arguments (hexlify's bytes_per_sep, crc32's and crc_hqx's running value,
# b2a_base64's newline, a2b_base64's strict_mode, b2a_uu's backtick,
# b2a_qp's quotetabs, b85encode's pad, a85encode's wrapcol) through
# __index__ or __bool__, which may empty the very bytearray being encoded.
# CPython holds a buffer export and refuses the resize with BufferError;
# moat has no exports and must encode the bytes as the call read them,
# never a stale length over the emptied buffer. Also: crc32/crc_hqx take
# any __index__-able value as CPython's unsigned-int converter does.
# expect-output: hexlify, bytes_per_sep empties -> (b'6162-6364-6566-6162-', bytearray(b''))
# expect-output: b2a_hex, negative bytes_per_sep empties -> b'616263:646566:616263'
# expect-output: crc32, running value empties -> (227555808, bytearray(b''))
# expect-output: crc_hqx, running value empties -> (27050, bytearray(b''))
# expect-output: b2a_base64, newline empties -> b'YWJjZGVmYWJj'
# expect-output: a2b_base64, strict_mode empties -> b'abcabcabcabcabcabcabcabcabcabc'
# expect-output: b2a_uu, backtick empties -> b'M86)C9&5F8'
# expect-output: b2a_qp, quotetabs empties -> b'abcdefabcd'
# expect-output: b85encode, pad empties -> b'VPa!sWoBVw'
# expect-output: a85encode, wrapcol empties TypeError: '>' not supported between instances of 'Clears' and 'int'
# expect-output: crc32 with an __index__ value -> 871334697
# expect-output: crc_hqx with an __index__ value -> 25123
# expect-output: crc32 with a float TypeError: 'float' object cannot be interpreted as an integer
# expect-output: crc32 masks a huge value -> 891568578
# expect-output: crc_hqx masks -1 -> 20810
import base64
import binascii


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Clears:
    def __init__(self, value, target):
        self.value, self.target = value, target

    def __index__(self):
        self.target.clear()
        return self.value

    def __bool__(self):
        self.target.clear()
        return bool(self.value)


def data():
    return bytearray(b"abcdef" * 10)


ba = data()
attempt("hexlify, bytes_per_sep empties",
        lambda: (binascii.hexlify(ba, "-", Clears(2, ba))[:20], ba))
ba = data()
attempt("b2a_hex, negative bytes_per_sep empties",
        lambda: binascii.b2a_hex(ba, b":", Clears(-3, ba))[:20])
ba = data()
attempt("crc32, running value empties", lambda: (binascii.crc32(ba, Clears(5, ba)), ba))
ba = data()
attempt("crc_hqx, running value empties", lambda: (binascii.crc_hqx(ba, Clears(5, ba)), ba))
ba = data()
attempt("b2a_base64, newline empties", lambda: binascii.b2a_base64(ba, newline=Clears(0, ba))[:12])
ba = bytearray(b"YWJj" * 10)
attempt("a2b_base64, strict_mode empties",
        lambda: binascii.a2b_base64(ba, strict_mode=Clears(1, ba)))
ba = data()
attempt("b2a_uu, backtick empties", lambda: binascii.b2a_uu(ba[:45], backtick=Clears(1, ba))[:10])
ba = data()
attempt("b2a_qp, quotetabs empties", lambda: binascii.b2a_qp(ba, quotetabs=Clears(1, ba))[:10])
ba = data()
attempt("b85encode, pad empties", lambda: base64.b85encode(ba, pad=Clears(1, ba))[:10])
ba = data()
attempt("a85encode, wrapcol empties", lambda: base64.a85encode(ba, wrapcol=Clears(4, ba))[:10])


class Index:
    def __index__(self):
        return 5


attempt("crc32 with an __index__ value", lambda: binascii.crc32(b"abc", Index()))
attempt("crc_hqx with an __index__ value", lambda: binascii.crc_hqx(b"abc", Index()))
attempt("crc32 with a float", lambda: binascii.crc32(b"abc", 1.5))
attempt("crc32 masks a huge value", lambda: binascii.crc32(b"abc", 2 ** 40))
attempt("crc_hqx masks -1", lambda: binascii.crc_hqx(b"abc", -1))
