calls = [
    ("sum([[1], [2]], [])", lambda: sum([[1], [2]], [])),
    ("sum(['a'], '')", lambda: sum(["a"], "")),
    ("sum([b'a'], b'')", lambda: sum([b"a"], b"")),
    ("max('')", lambda: max("")),
    ("max([], default=None)", lambda: max([], default=None)),
    ("max(1, 2, default=0)", lambda: max(1, 2, default=0)),
    ("min([3, 1], key=None)", lambda: min([3, 1], key=None)),
    ("abs(True)", lambda: abs(True)),
    ("round(True)", lambda: round(True)),
    ("round(5, -1)", lambda: round(5, -1)),
    ("round(15, -1)", lambda: round(15, -1)),
    ("round(25, -1)", lambda: round(25, -1)),
    ("divmod(True, True)", lambda: divmod(True, True)),
    ("pow(0, 0)", lambda: pow(0, 0)),
    ("pow(0.0, 0)", lambda: pow(0.0, 0)),
    ("pow(-1, 0.5)", lambda: pow(-1, 0.5)),
    ("hash(-1) == hash(-2)", lambda: hash(-1) == hash(-2)),
    ("bool(float('nan'))", lambda: bool(float("nan"))),
    ("chr(97) + chr(0x1F600)", lambda: chr(97) + chr(0x1F600)),
    ("ord('😀')", lambda: ord("😀")),
    ("bin(0)", lambda: bin(0)),
    ("oct(-0)", lambda: oct(-0)),
    ("hex(2**64)", lambda: hex(2 ** 64)),
    ("list(zip(*[]))", lambda: list(zip(*[]))),
    ("list(map(None, []))", lambda: list(map(None, []))),
    ("sorted('bca', key=None)", lambda: sorted("bca", key=None)),
    ("any(iter([0, '', None]))", lambda: any(iter([0, "", None]))),
    ("isinstance(True, (bool, int))", lambda: isinstance(True, (bool, int))),
    ("callable(type)", lambda: callable(type)),
    ("repr(repr)", lambda: repr(repr)),
]
for label, fn in calls:
    try:
        print(f"{label:<30} -> {fn()!r}")
    except Exception as e:
        print(f"{label:<30} !! {type(e).__name__}: {e}")
