s = "  Hello, World! hello again  "
print(s.strip(), s.lstrip().upper(), s.rstrip("n "), s.strip(" Hadgin"))
print(s.count("ll"), s.find("o"), s.rfind("o"), s.index("W"), s.find("zz"))
print(s.split(), s.split(",", 1), s.rsplit(None, 2), "a,b,,c".split(","))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print(s.replace("l", "L", 2), s.title(), s.swapcase(), s.casefold())
print("tab\tsep".expandtabs(4), "ab".center(7, "*"), "7".zfill(4), "-7".zfill(4))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"))
print("hello".startswith(("he", "x")), "hello".endswith("lo", 0, 5), "abc".isalpha())
print("123".isdigit(), "½".isnumeric(), "²".isdecimal(), "abc_1".isidentifier())
print(" ".isspace(), "Title Case".istitle(), "ABC".isupper(), "".islower())
print("-".join(["a", "b"]), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
print("abc".translate(str.maketrans("ab", "xy", "c")), str.maketrans({"a": "1"}))
print("{:>4}".format("ab").ljust(6, ".") + "|", "Straße".upper(), "İ".lower().encode())
for bad in [lambda: "abc".index("z"), lambda: "a".join([1]), lambda: "x".center(5, "ab"),
            lambda: "abc".split(""), lambda: "abc".startswith(["a"]), lambda: "a" + 1,
            lambda: "abc"[5], lambda: "ab".count(), lambda: str.maketrans("ab", "c")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
