samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x1f\x7f",
           "é ñ ü", "\u200b\ufeff", "😀", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}", "\r\n", "\a\b\f\v"]
for s in samples:
    print(len(s), repr(s), ascii(s))
print(r"raw \n stays", len(r"\n"), "\101\x42\u0043", "a" "b" 'c', """tri "quoted" """, b"\x41\101")
print("%r" % "x'y", "{!r}".format('x"y'), f"{'q'!r}", str(repr("a")), eval_free if (eval_free := "no eval") else "")
print("\\".join(["a", "b"]), "a\\b".split("\\"), len("\\"), "\'", '\"')
