calls = [
    lambda: "a,b,,c".split(sep=",", maxsplit=1), lambda: "a b".split(None, -1), lambda: "a".split(""),
    lambda: "a".split(1), lambda: "abc".rsplit("b", maxsplit="1"), lambda: "x".join([1]),
    lambda: "x".join(["a", b"b"]), lambda: ",".join("abc"), lambda: "x".join(5),
    lambda: "abc".replace("", "-"), lambda: "abc".replace("", "-", 2), lambda: "abc".replace("b", "x", -1),
    lambda: "abc".replace(count=1, old="a", new="b"), lambda: "abc".find("b", None, None),
    lambda: "abc".find("b", 1.0), lambda: "abc".index("z"), lambda: "abc".rindex("z"),
    lambda: "abc".count(""), lambda: "abc".count("", 10), lambda: "abc".startswith(("x", "a")),
    lambda: "abc".startswith(["a"]), lambda: "abc".endswith(("c",), -1), lambda: "abc".startswith("a", 5),
    lambda: "abc".strip(None), lambda: "abc".strip(5), lambda: "  ".isspace(), lambda: "".isspace(),
    lambda: "abc".center(6, "xy"), lambda: "abc".center(6, ""), lambda: "abc".ljust(-5),
    lambda: "abc".zfill("5"), lambda: "-12".zfill(6), lambda: "+".zfill(3), lambda: "abc".expandtabs(-1),
    lambda: "a\tb".expandtabs(tabsize=3), lambda: "abc".partition(""), lambda: "abc".rpartition("z"),
    lambda: "abc".partition(None), lambda: "ABC".casefold(), lambda: "ß".upper(), lambda: "ﬁ".title(),
    lambda: "hello world".title(), lambda: "they're bill's".title(), lambda: "ǅ".swapcase(),
    lambda: "abc".encode("utf-16"), lambda: "é".encode("ascii"), lambda: "é".encode("ascii", "replace"),
    lambda: "é".encode("ascii", "xmlcharrefreplace"), lambda: "é".encode("nope"), lambda: "é".encode(errors="bogus"),
    lambda: "a".removeprefix(None), lambda: "aab".removeprefix("a"), lambda: "x{}".format_map(None),
    lambda: "1²3".isdigit(), lambda: "1²3".isdecimal(), lambda: "½".isnumeric(), lambda: "abc".isidentifier(),
    lambda: "1a".isidentifier(), lambda: "\x7f".isprintable(), lambda: "a\nb\r\nc\rd".splitlines(True),
    lambda: "a\x0bb\x1cc".splitlines(), lambda: "abc".splitlines(keepends=1), lambda: "abc"[::-1],
    lambda: "abc".__getitem__(slice(None, None, 0)), lambda: "%".join([]), lambda: str.join(",", ["a"]),
    lambda: str.upper(5), lambda: str.upper(), lambda: "a".upper("x"), lambda: "abc".count(),
    lambda: "abc".translate({97: None, 98: "XY", 99: 100}), lambda: "abc".translate({97: 2**40}),
    lambda: "abc".translate({97: 1.5}), lambda: "abc".translate(None), lambda: "abc".find(),
    lambda: str(b"x", "ascii"), lambda: str(b"\xff", "utf-8"), lambda: str("x", "ascii"),
    lambda: str(b"\xff", errors="replace"), lambda: str(object=5), lambda: str(5, encoding="x"),
    lambda: "abc".ljust(5, fillchar="-"), lambda: "abc".split(maxsplit=0), lambda: " a  b ".split(" "),
    lambda: "a".__mul__(-1), lambda: "a" * -3, lambda: "abc".index("c", -1), lambda: "abc".rfind("", 1, 0),
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError, LookupError, UnicodeError, OverflowError) as e:
        print(type(e).__name__, e)
