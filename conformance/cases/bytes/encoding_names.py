# Encoding names resolve like CPython's codec registry.
names = ["utf-8", "UTF-8", "utf8", "UTF8", "utf_8", "U8", "utf", "Utf-8", "utf 8", " utf-8 ", "cp65001",
         "ascii", "ASCII", "us-ascii", "US_ASCII", "646", "ansi_x3.4_1968", "latin-1", "latin1", "Latin_1",
         "iso-8859-1", "ISO8859-1", "iso_8859_1", "l1", "L1", "cp819", "latin", "8859"]
for name in names:
    print(repr(name), "\u00e9".encode(name, "replace"), b"\xc3\xa9".decode(name, "replace"))
for name in ["utf.8", "utf-9", "", "latin-2x", "ascii7"]:
    try:
        "x".encode(name)
    except LookupError as e:
        print(type(e).__name__, e)
