# repr() of strings: quotes, escapes and non-printable characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\rx",
           "back\\slash", "\x00\x01\x7f", "\x80\x9f\xa0", "é ñ ü", "日本", "\u200b", "\ufeff",
           "\U0001f600", "\u2028", "\x1b[0m", "bell\a", "\x0b\x0c", "ÿ"]
for s in samples:
    print(repr(s), len(s))
print(["a'b", 'a"b', "\t"], ("\n",), {"k\x00": "v\xff"})
print(str("tab\there"), "é", ascii("é ñ 日本 \U0001f600"), ascii("plain"))
print(repr(repr("x")), repr(str(1.5)), repr(""))
