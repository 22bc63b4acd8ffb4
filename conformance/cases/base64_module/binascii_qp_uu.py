# binascii's quoted-printable and uu codecs, and bytes-like arguments
# (array.array) to every binascii and base64 function.
import binascii
from array import array


def show(f, *args, **kwargs):
    try:
        print(f.__name__, repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


text = b"Caf\xc3\xa9 = price_tag \t\nline two  \r\n.\nend\t"
for quotetabs in (False, True):
    for istext in (False, True):
        for header in (False, True):
            encoded = binascii.b2a_qp(text, quotetabs, istext, header)
            print(quotetabs, istext, header, encoded)
            print('  back', binascii.a2b_qp(encoded, header=header))
show(binascii.b2a_qp, b"x" * 80 + b"\n" + b"=" * 30)
show(binascii.b2a_qp, b"a\r\nb\nc")
show(binascii.a2b_qp, "soft=\r\nbreak =3d =3D ==x =zz =4")
show(binascii.a2b_qp, b"under_score", header=True)
show(binascii.a2b_qp, "caf\xe9")
show(binascii.b2a_qp, "text")

for data in (b"", b"a", b"hello world", bytes(range(45))):
    for backtick in (False, True):
        line = binascii.b2a_uu(data, backtick=backtick)
        print(line, binascii.a2b_uu(line) == data)
show(binascii.b2a_uu, bytes(46))
show(binascii.a2b_uu, b"")
show(binascii.a2b_uu, b"#86)C\n")
show(binascii.a2b_uu, b"#86)C")
show(binascii.a2b_uu, b"#86)Cxyz")
show(binascii.a2b_uu, b"#8\x016)C")
show(binascii.a2b_uu, b"#86)C  ``\r\n")

data = array('B', b"bytes-like \xff")
show(binascii.b2a_base64, data)
show(binascii.a2b_base64, array('B', b"Ynl0ZXM="))
show(binascii.hexlify, data, "-")
show(binascii.unhexlify, array('B', b"6869"))
show(binascii.crc32, data)
show(binascii.crc_hqx, data, 0)
show(binascii.b2a_qp, data)
show(binascii.b2a_uu, data)
show(binascii.b2a_base64, array('i', [1, 2]))
show(binascii.b2a_base64, [1, 2])
show(binascii.a2b_base64, [1, 2])
