# strip, lstrip, rstrip, removeprefix and removesuffix.
s = "  \t hello world \n  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("www.example.com".strip("cmowz.")), repr("".strip()), repr("   ".strip()))
print(repr("\u3000wide\u3000".strip()), repr("\x1f\x1ex\x1c".strip()), repr("\xa0nbsp\xa0".strip()))
print("test_file.py".removesuffix(".py"), "test_file.py".removeprefix("test_"), "abc".removeprefix("x"))
print("aaa".lstrip("a") == "", "path///".rstrip("/"), "0000123".lstrip("0"), "1.500".rstrip("0").rstrip("."))
lines = ["  id: 1  \n", "name:   Ann\n", "\n", "  role : admin"]
for ln in lines:
    if not ln.strip():
        continue
    key, _, value = ln.partition(":")
    print(repr(key.strip()), repr(value.strip()))
