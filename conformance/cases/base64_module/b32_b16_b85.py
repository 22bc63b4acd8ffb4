# base32 (and its hex alphabet), base16, base85 and Ascii85.
import base64

for data in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"hello world", b"\x00\xff"]:
    e32 = base64.b32encode(data)
    e32h = base64.b32hexencode(data)
    e16 = base64.b16encode(data)
    e85 = base64.b85encode(data)
    a85 = base64.a85encode(data)
    print(data, e32, e32h, e16, e85, a85)
    print(base64.b32decode(e32) == data, base64.b32hexdecode(e32h) == data,
          base64.b16decode(e16) == data, base64.b85decode(e85) == data, base64.a85decode(a85) == data)
print(base64.b32decode("mfrgg===", casefold=True), base64.b32decode("MFR1G===", map01="L"), base64.b32decode("0FRGG===", map01="I"))
print(base64.b16decode("abcdef", casefold=True), base64.b16encode(bytearray(b"\x01")))
print(base64.b85encode(b"\x00\x00\x00\x00", pad=True), base64.b85encode(b"abc", pad=True))
print(base64.a85encode(b"\x00\x00\x00\x00    abc", foldspaces=True, adobe=True, wrapcol=5))
print(base64.a85encode(b"abcdef", pad=True), base64.a85encode(b"\x00" * 8), base64.a85encode(b"x" * 30, wrapcol=10))
print(base64.a85decode(b"<~zy@\n:E^~>", adobe=True, foldspaces=True), base64.a85decode(b"z"), base64.a85decode(b"BOu!r DZ"))

def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("b32 length", base64.b32decode, "abc")
attempt("b32 digit", base64.b32decode, "MFRGG1==")
attempt("b32 lower", base64.b32decode, "mfrgg===")
attempt("b32 pad", base64.b32decode, "MFRGGM=====")
attempt("b16 digit", base64.b16decode, "ab")
attempt("b16 odd", base64.b16decode, "ABC")
attempt("b85 char", base64.b85decode, b"ab\"cd")
attempt("b85 overflow", base64.b85decode, b"|||||")
attempt("b85 tail", base64.b85decode, b"~")
attempt("a85 tilde", base64.a85decode, b"z~")
attempt("a85 adobe", base64.a85decode, b"abc", adobe=True)
attempt("a85 y", base64.a85decode, b"y")
attempt("a85 z inside", base64.a85decode, b"abz")
attempt("a85 overflow", base64.a85decode, b"uuuuu")
for f in [base64.b32encode, base64.b85encode, base64.a85encode, base64.b16encode, base64.decodebytes]:
    attempt("str input", f, "x")
