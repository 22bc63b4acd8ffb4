s = "Hello, World"
print(s.casefold(), "ß".casefold(), "ǅ".swapcase(), s.swapcase(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("x\ty\tz".expandtabs(4), "ab\tc".expandtabs(), "a\tb".expandtabs(0), repr("\t".expandtabs(-1)))
print("3".zfill(4), "-3".zfill(4), "+x".zfill(4), "".zfill(2), "abc".zfill(2))
print("a-b-c".rsplit("-", 1), "  a b  ".rsplit(), "a,b,".split(","), "".split(","), "".split())
print("line1\nline2\r\nline3\rline4\x0bline5\x1c6".splitlines(), "x\n".splitlines(True))
print("Title case's test".title(), "hello world".capitalize(), "ABC".capitalize())
print("www.example.com".removeprefix("www."), "file.tar.gz".removesuffix(".gz"), "abc".removeprefix("x"))
print("ab".center(7, "*"), "ab".ljust(5, "."), "ab".rjust(1), "abc".center(6))
print("mississippi".count("ss"), "mississippi".count("s", 3, 6), "aaa".count(""), "abc".count("", 4))
print("hello".find("l", -2), "hello".rfind("l", 0, 3), "hello".index("lo"), "hello".rindex("l"))
print("a1".isalnum(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "_x1".isidentifier(), "class".isidentifier())
print(" ".isspace(), "".isspace(), "Ab Cd".istitle(), "ab cD".istitle(), "\x7f".isprintable(), "é".isascii())
print("%".join("abc"), "x".join([]), str.maketrans("ab", "xy"), "abcab".translate(str.maketrans("ab", "xy", "c")))
print("hello".translate({ord("l"): None, ord("h"): "J"}), "tab".partition("x"), "tab".rpartition("a"))
for call in [lambda: "a".center(3, "ab"), lambda: "x".index("y"), lambda: "a".join([1]), lambda: "a".split(""),
             lambda: str.maketrans("ab", "x"), lambda: "x".startswith(["x"]), lambda: "abc".zfill("3")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("abc".startswith(("x", "ab")), "abc".endswith("bc", 0, 2), "abc".startswith("", 4))
