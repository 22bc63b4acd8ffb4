# Single-byte codecs (cp1252, cp437, cp850, iso8859-15, koi8-r, mac-roman...)
# and their 'charmap' errors under each error handler.
text = "café €5 – “quoted” ñ"
for enc in ["cp1252", "windows-1252", "CP1252", "cp437", "IBM437", "cp850", "iso8859-15", "latin9",
            "koi8_r", "mac_roman", "cp1251", "iso-8859-2", "cp866", "1252"]:
    try:
        data = text.encode(enc)
        print(enc, data, data.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e)
        print("  ", e.encoding, e.start, e.end, e.reason)
        for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            print("  ", errors, text.encode(enc, errors))
print("é".encode("cp1252"), "é".encode("cp437"), "é".encode("latin-1"), "é".encode("l1"))
print(bytes(range(128, 256)).decode("cp437"))
print(bytes(range(128, 256)).decode("mac_roman"))
print(bytes(range(160, 256)).decode("iso8859_15"))
for enc in ["cp1252", "cp1253", "iso8859_7"]:
    data = bytes(range(0x80, 0xB0))
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(enc, "UnicodeDecodeError", e)
        print("  ", e.encoding, e.start, e.end, e.reason)
        for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
            print("  ", errors, ascii(data.decode(enc, errors)))
try:
    b"\x81".decode("cp1252", "xmlcharrefreplace")
except TypeError as e:
    print("TypeError", e)
try:
    "\u20ac\u20ad\u20ae".encode("cp437")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    "a\u20ad".encode("cp1252", "bogus")
except LookupError as e:
    print("LookupError", e)
print("\udc81".encode("cp1252", "surrogateescape"), b"\x81".decode("cp1252", "surrogateescape") == "\udc81")
print(str(b"caf\xe9", "cp1252"), bytes("caf\xe9", "cp850"))
