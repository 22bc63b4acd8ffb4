# binascii: hex, base64 lines and crc32.
import binascii

print(binascii.hexlify(b"abc"), binascii.hexlify(b"abc", "-"), binascii.b2a_hex(b"\x01\x02\x03\x04", b":", 2))
print(binascii.unhexlify(b"0102ff"), binascii.a2b_hex("ABcd"), binascii.unhexlify(bytearray(b"00")))
print(binascii.b2a_base64(b"ab"), binascii.b2a_base64(b"abc", newline=False), binascii.a2b_base64("YWJj"))
print(binascii.a2b_base64(b"YW Jj\n"), binascii.a2b_base64("YWJj", strict_mode=True))
print(binascii.crc32(b"hello"), binascii.crc32(b"hello", 5), binascii.crc32(b""), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b"hello world") == binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, issubclass(binascii.Incomplete, Exception))

def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("odd", binascii.a2b_hex, "abc")
attempt("nonhex", binascii.a2b_hex, "zz")
attempt("int", binascii.a2b_hex, 5)
attempt("crc str", binascii.crc32, "x")
attempt("hexlify str", binascii.hexlify, "x")
attempt("b64 str", binascii.b2a_base64, "x")
attempt("a2b non ascii", binascii.a2b_base64, "é")
attempt("strict", binascii.a2b_base64, "YW!j", strict_mode=True)
attempt("discontinuous", binascii.a2b_base64, "YW=j", strict_mode=True)
