s = "Zoë's café — naïve ☕ 𝔘"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "latin-1", "ascii", "cp1252", "cp437", "iso-8859-15", "mac-roman"]:
    for err in ["strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
        try:
            b = s.encode(enc, err)
            print(enc, err, b[:40], len(b))
        except (UnicodeEncodeError, LookupError) as e:
            print(enc, err, type(e).__name__, str(e)[:90])
            break
raw = "é☕".encode("utf-8")
for enc in ["utf-8", "latin-1", "ascii", "utf-16", "cp1252"]:
    for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            print(enc, err, repr(raw.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(enc, err, "UnicodeDecodeError", e.start, e.end, e.reason, str(e)[:80])
print("a\u3000b\x1cc\x85d\u2029e".split(), "\u3000 x \x85".strip(), "x\x1c\x1dy".splitlines(), int("\u0660\u0661"), float("\u2007 1.5 \u3000"))
print("o'neil mcdonald's".title(), "ǆ".title(), "ﬁ".capitalize(), "ŉ".capitalize(), "Σ".casefold(), "ß".casefold(), "ﬃ".casefold(), "ǰ".upper())
print("ΣΑΣ σ".lower(), "aΣ b".lower(), "Σ".lower(), "AΣ".lower(), "ΑΣ.".lower(), "A\u0345".upper(), "\u1e9e".lower(), "ǈ".lower(), "ǈ".swapcase())
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800", repr("\udcff"), "\udcff".encode("utf-8", "surrogateescape"))
print(bytes.decode(b"\xff\xfeA\x00", "utf-16"), "A".encode("utf-32-le"), "ab".encode("utf-16-be").hex(" "), b"\xef\xbb\xbfx".decode("utf-8-sig"), "x".encode("utf-8-sig"))
import unicodedata
for ch in "Aé☕𝔘١\u0301\u00a0":
    print(repr(ch), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.bidirectional(ch), unicodedata.combining(ch), unicodedata.east_asian_width(ch), unicodedata.numeric(ch, None))
print(unicodedata.normalize("NFD", "é") == "e\u0301", unicodedata.normalize("NFKC", "ﬁ²"), unicodedata.lookup("SNOWMAN"), unicodedata.decimal("٣"), unicodedata.digit("²"), unicodedata.unidata_version)
print(unicodedata.is_normalized("NFC", "é"), unicodedata.decomposition("é"), unicodedata.mirrored("("), len(unicodedata.normalize("NFKD", "㍿")))
