calls = [
    ("'abc'.center(-1)", lambda: "abc".center(-1)),
    ("'abc'.ljust(5, '')", lambda: "abc".ljust(5, "")),
    ("'a,b'.split(',', 'x')", lambda: "a,b".split(",", "x")),
    ("'abc'.replace('a')", lambda: "abc".replace("a")),
    ("'abc'.find(1)", lambda: "abc".find(1)),
    ("'abc'.count('a', 'x')", lambda: "abc".count("a", "x")),
    ("'abc'.endswith(('a', 1))", lambda: "abc".endswith(("a", 1))),
    ("'abc'.encode('utf-8', 'bogus')", lambda: "é".encode("ascii", "bogus")),
    ("'abc'.expandtabs('4')", lambda: "a\tb".expandtabs("4")),
    ("'abc'.zfill(None)", lambda: "abc".zfill(None)),
    ("'x'.join(['a', b'b'])", lambda: "x".join(["a", b"b"])),
    ("'abc'.strip(5)", lambda: "abc".strip(5)),
    ("'abc'.partition('')", lambda: "abc".partition("")),
    ("'abc'.rsplit('')", lambda: "abc".rsplit("")),
    ("'abc'.translate(5)", lambda: "abc".translate(5)),
    ("str.maketrans(1)", lambda: str.maketrans(1)),
    ("str.maketrans({'ab': 1})", lambda: str.maketrans({"ab": 1})),
    ("'{0:{1}}'.format(1)", lambda: "{0:{1}}".format(1)),
    ("'{:d}'.format('x')", lambda: "{:d}".format("x")),
    ("'abc'.removeprefix(1)", lambda: "abc".removeprefix(1)),
    ("'abc'.splitlines('x')", lambda: "abc".splitlines("x")),
    ("'abc' < 1", lambda: "abc" < 1),
    ("'abc' * -1", lambda: "abc" * -1),
    ("'ab'.index('b', 0, 1)", lambda: "ab".index("b", 0, 1)),
    ("'ab'.rindex('z')", lambda: "ab".rindex("z")),
]
for label, fn in calls:
    try:
        print(f"{label:<34} -> {fn()!r}")
    except Exception as e:
        print(f"{label:<34} !! {type(e).__name__}: {e}")
