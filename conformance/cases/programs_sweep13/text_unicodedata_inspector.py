import unicodedata

samples = "Aé5½ \t€ß\u0301ǅ٣—😀"
print(f"{'ch':4} {'code':8} {'cat':4} {'bidi':4} {'dec':4} {'num':6} name")
for ch in samples:
    name = unicodedata.name(ch, "<no name>")
    dec = unicodedata.decimal(ch, "-")
    num = unicodedata.numeric(ch, "-")
    shown = repr(ch)[1:-1] if not ch.isprintable() else ch
    print(f"{shown:4} U+{ord(ch):04X}   {unicodedata.category(ch):4} "
          f"{unicodedata.bidirectional(ch):4} {str(dec):4} {str(num):6} {name}")
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    s = unicodedata.normalize(form, "ﬁé①")
    print(form, [f"U+{ord(c):04X}" for c in s], unicodedata.is_normalized(form, "ﬁé①"))
print(unicodedata.lookup("SNOWMAN"), unicodedata.lookup("latin small letter sharp s"))
try:
    unicodedata.lookup("NOT A REAL CHARACTER")
except KeyError as e:
    print("KeyError:", e)
print(unicodedata.east_asian_width("Ａ"), unicodedata.mirrored("("), unicodedata.unidata_version)
