# str methods with odd arguments: casefold/title, center/zfill, split/splitlines, translate, format_map, codecs errors.
s = "Hello, World! ßtraße ǅ ﬁ"
print(s.casefold(), s.swapcase(), s.title(), s.capitalize(), "hELLO wORLD".capitalize())
print("they're bill's friends".title(), "a1b2c3".title(), "ǆemal".title(), "ǅ".lower(), "ß".upper())
print("abc".center(8, "*"), "abc".center(9, "-"), "ab".center(1), "x".ljust(4, "."), "x".rjust(4, "0"), "-42".zfill(6), "+7".zfill(4), "".zfill(3), "abc".zfill(2))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  a  b  ".split(), "  a  b  ".split(None, 1), "a b c".rsplit(None, 1), "".split(","), "".split())
print("line1\nline2\r\nline3\rline4\x0bline5\x1cend".splitlines(), "a\n\nb\n".splitlines(True), "\n".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
t = str.maketrans("abc", "xyz", "d")
print("abcdd-cab".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1", "b": None}))
print("tab\there\tx".expandtabs(), "a\tbc\td".expandtabs(3), "ab\n\tc".expandtabs(2))
print("Hello {name}, {n:03d}".format_map({"name": "Bob", "n": 7}), "{0}{1}{0}".format("ab", "-"), "{:*>{w}}".format("z", w=5), "{!r:>6}".format("q"))
class D(dict):
    def __missing__(self, k): return f"<{k}>"
print("{a} and {b}".format_map(D(a=1)))
print([w.isidentifier() for w in ["abc", "1a", "_x", "class", "é", "a-b", ""]], "ⅷ".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), " \t".isspace(), "".isspace())
print("abcabc".find("c", -2), "abcabc".rfind("c", 0, -1), "abcabc".count(""), "abc".count("", 1), "abcabc".index("b", 2), "abc".startswith(("x", "a")), "abc".endswith("bc", 0, 2))
print("  xx  ".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("cmowz."), "mississippi".rstrip("ip"), "prefix_name".removeprefix("prefix_"), "a.txt".removesuffix(".py"))
print("a-b-c".replace("-", "+", 1), "aaa".replace("a", "b", 0), "abc".replace("", "-"), "abc".replace("", "-", 2))
print(",".join(["a", "b"]), "".join(reversed("abc")), "x".join("123"), " ".join(map(str, range(3))))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("%s" % ("tuple",), "%s" % [1, 2], "%5.2s|" % "abc", "%-5c|" % "x", "%#x %#o" % (255, 8), "%.3e" % 0.000123456, "%g %g %g" % (1e-5, 123456789.0, 0.0001))
print(ascii("naïve ☃ \n"), repr("quote's \"x\""), repr('single\'only'), str(b"bytes"), repr("\x00\x7f\u200b"))
print(sorted("bAcaB"), sorted("bAcaB", key=str.casefold), max("apple", "Apple"), "a" < "B", "é" > "z")
print("ABC".lower().encode(), "é".encode("utf-8"), "é".encode("latin-1"), "é".encode("ascii", "replace"), "é☃".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
print(b"\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
