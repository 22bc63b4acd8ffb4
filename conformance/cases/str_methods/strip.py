# strip/lstrip/rstrip: Unicode whitespace by default, character sets,
# None, error texts.
samples = ["", "   ", "  abc  ", "\t\n abc \r\x0b\x0c", "\xa0\u3000abc\u2003\x85",
           "xxabcxx", "abc", "\u200babc\u200b", "ééaéé"]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()),
          repr(s.strip(None)), repr(s.strip("x")), repr(s.strip("é")), repr(s.strip("")),
          repr(s.strip("cxa ")))
print(repr("www.example.com".strip("cmowz.")), repr("<<>>a<>".lstrip("<>")),
      repr("mississippi".rstrip("ipz")))
for call in [lambda: "a".strip(1), lambda: "a".lstrip(1), lambda: "a".rstrip([]),
             lambda: "a".strip("a", "b"), lambda: "a".strip(chars="a")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
