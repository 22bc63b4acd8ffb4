print("abc".translate({ord("a"): "AA", ord("b"): None, ord("c"): 120}))
print("hello".translate(str.maketrans("el", "ip")), "hello".translate(str.maketrans("", "", "l")))
print("abc".translate({97: None}), "abc".translate([None, "x"] * 50))
try:
    "abc".translate({97: 1.5})
except TypeError as e:
    print("TypeError", e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError", e)
print(str.maketrans({"a": "b", 99: None}))
t = "a\tbc\td\n\tx"
print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)), repr(t.expandtabs(-1)), repr("\t\r\tz".expandtabs(3)))
u = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(u.splitlines())
print(u.splitlines(True))
print("x\n".splitlines(), "".splitlines(), "\n\n".splitlines(), "a\r\n".splitlines(keepends=True))
print(u.split("\n"), len(u.split()))
print(b"a\x0bb\x1cc\r\nd".splitlines())
for ch in ["5", "٣", "²", "⅕", "Ⅷ", "𝟙", "a", "四", "¼", "₃", "߂"]:
    print(repr(ch), ch.isdigit(), ch.isnumeric(), ch.isdecimal(), ch.isalnum(), ch.isalpha())
print(int("٣٤"), float("١.٥"), int("𝟙𝟚"))
try:
    int("²")
except ValueError as e:
    print("ValueError", e)
print("ß".upper(), "ǅ".lower(), "ǅ".upper(), "ǆ".title(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("ß".casefold(), "Straße".casefold() == "strasse", "ΣΑΣ".lower(), "hello world".title(), "they're".title())
print("   ".isspace(), "\x1c".isspace(), "\u200b".isspace(), "".isspace(), "Ab".istitle(), "AB".isupper())
print("x".center(6, "é"), "abc".zfill(6), "-abc".zfill(6), "+1".zfill(4), "é".ljust(3, "*"))
print("a-b_c d".partition("_"), "abc".rpartition("z"), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 2))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("%s" % "abc".removeprefix("ab"), "abc".removesuffix("bc"), "abcabc".count("bc", 2), "abc".find("c", -1))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 2), "abc".index("b"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError", e)
print(ascii("héllo\u2028😀"), repr("\x00\x7f\x80\xa0\u00ad"), repr("'\""), repr("'"), repr('"'))
