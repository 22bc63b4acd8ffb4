# base64.encode/decode on binary file objects, and bytes-like arguments.
import base64
import io
from array import array

source = bytes(range(256)) * 2
out = io.BytesIO()
base64.encode(io.BytesIO(source), out)
encoded = out.getvalue()
print(encoded.count(b"\n"), max(len(line) for line in encoded.splitlines()))
print(encoded[:80])
back = io.BytesIO()
base64.decode(io.BytesIO(encoded), back)
print(back.getvalue() == source)

out = io.BytesIO()
base64.encode(io.BytesIO(b""), out)
print(out.getvalue())


class Trickle(io.BytesIO):
    # Short reads: encode() fills each line before encoding it.
    def read(self, n=-1):
        return super().read(min(n, 5) if n is not None and n >= 0 else n)


out = io.BytesIO()
base64.encode(Trickle(b"abcdefghijklmnopqrstuvwxyz" * 3), out)
print(out.getvalue())

for f, arg in ((base64.b64encode, array('B', b"abc")),
               (base64.b64decode, array('B', b"YWJj")),
               (base64.b32encode, array('B', b"abc")),
               (base64.b16decode, array('B', b"6162")),
               (base64.b85encode, array('B', b"abc")),
               (base64.encodebytes, array('B', b"abc")),
               (base64.decodebytes, array('B', b"YWJj\n")),
               (base64.encodebytes, array('h', [1])),
               (base64.encodebytes, "abc"),
               (base64.b64decode, [1])):
    try:
        print(f.__name__, f(arg))
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
