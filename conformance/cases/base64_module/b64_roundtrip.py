# base64: standard, URL-safe, altchars, validate, MIME lines.
import base64

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40],
             b"\xfb\xff\xfe", bytearray(b"array")]:
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc) == data, base64.urlsafe_b64encode(data),
          base64.standard_b64encode(data) == enc)
print(base64.b64decode("Zm9vYmFy"), base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode(bytearray(b"Zm8=")))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.urlsafe_b64decode("-_8="), base64.urlsafe_b64decode(b"-_8="), base64.standard_b64decode("+/8="))
print(base64.b64decode("YQ=="), base64.b64decode("YQ==YQ=="), base64.b64decode("YQ=x="), base64.b64decode("===="))
print(base64.b64decode("Y!Q=*="), base64.b64decode("YW=="), base64.b64decode("YWI="))
print(base64.b64decode("YWJj", validate=True), base64.b64decode("YW==", validate=True))
text = "Hello, wörld! " * 6
enc = base64.encodebytes(text.encode())
print(enc)
print(base64.decodebytes(enc).decode() == text)
print(base64.b64encode("héllo".encode("utf-8")).decode("ascii"))

def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("padding", base64.b64decode, "abc")
attempt("one extra", base64.b64decode, "a")
attempt("five", base64.b64decode, "abcd=e")
attempt("validate", base64.b64decode, "ab!c", validate=True)
attempt("validate nl", base64.b64decode, "YWJj\n", validate=True)
attempt("excess", base64.b64decode, "YQ===", validate=True)
attempt("excess pad", base64.b64decode, "YQ==YQ==", validate=True)
attempt("leading", base64.b64decode, "=YQ=", validate=True)
attempt("non ascii", base64.b64decode, "é")
attempt("int", base64.b64decode, 5)
attempt("encode str", base64.b64encode, "x")
attempt("encode int", base64.b64encode, 5)
attempt("altchars", base64.b64decode, b"YWJj", altchars=b"-")
attempt("encodebytes str", base64.encodebytes, "x")
