# A str subclass that lies: __len__ claims a billion characters,
# __getitem__ and __iter__ answer other text, __hash__ is constant and
# __eq__ always true, and __str__/__format__/__repr__ return further
# liars. Natives that build or search text (f-strings, join, %, str(),
# format(), +, *, split, encode, center, replace, translate, int(),
# float(), bytes(), sorted, dict and set lookups) must read the
# characters the object really holds, never its __len__, and give
# CPython's results.
# expect-output: fstring of liar -> '<fmt>'
# expect-output: fstring format returns liar -> '<ooo>'
# expect-output: fstring !s -> '<fmt>'
# expect-output: fstring !r -> '<fmt>'
# expect-output: join liars -> 'abc-abc'
# expect-output: percent s -> 'fmt|fmt'
# expect-output: str() of obj -> 'Liar'
# expect-output: str(liar) -> ('STR', 'str')
# expect-output: format(obj) -> 'Liar'
# expect-output: liar + str -> 'abcx'
# expect-output: liar * 2 -> 'abcabc'
# expect-output: liar in dict keys -> None
# expect-output: liar split -> ['a', 'c']
# expect-output: liar encode -> b'abc'
# expect-output: liar upper -> 'ABC'
# expect-output: liar slicing -> 'ab'
# expect-output: liar len builtin -> 1000000000
# expect-output: liar center -> '**abc**'
# expect-output: liar replace -> 'zzbc'
# expect-output: liar format spec -> '       123'
# expect-output: liar as kwarg name -> {'k': 1}
# expect-output: liar in set with str -> 3
# expect-output: liar as sep -> 'a,b'
# expect-output: str.translate table liar -> 'zzbc'
# expect-output: int(liar digits) -> 42
# expect-output: float(liar) -> 1.5
# expect-output: bytes(liar, enc) -> b'\xc3\xa9'
# expect-output: sorted liars -> ['a', 'b']
def t(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Liar(str):
    def __len__(self):
        return 10 ** 9

    def __str__(self):
        return "STR"

    def __format__(self, spec):
        return Liar("fmt")

    def __getitem__(self, i):
        return "X"

    def __iter__(self):
        return iter("ITER")

    def __hash__(self):
        return 0

    def __eq__(self, o):
        return True


class Obj:
    def __format__(self, spec):
        return Liar("o" * 3)

    def __str__(self):
        return Liar("s" * 3)

    def __repr__(self):
        return Liar("r" * 3)


L = Liar("abc")
t("fstring of liar", lambda: f"<{L}>")
t("fstring format returns liar", lambda: f"<{Obj()}>")
t("fstring !s", lambda: f"<{Obj()!s}>")
t("fstring !r", lambda: f"<{Obj()!r}>")
t("join liars", lambda: "-".join([L, L]))
t("percent s", lambda: "%s|%r" % (Obj(), Obj()))
t("str() of obj", lambda: type(str(Obj())).__name__)
t("str(liar)", lambda: (str(L), type(str(L)).__name__))
t("format(obj)", lambda: type(format(Obj())).__name__)
t("liar + str", lambda: L + "x")
t("liar * 2", lambda: L * 2)
t("liar in dict keys", lambda: {L: 1}.get("zzz"))
t("liar split", lambda: L.split("b"))
t("liar encode", lambda: L.encode())
t("liar upper", lambda: L.upper())
t("liar slicing", lambda: str.__getitem__(L, slice(0, 2)))
t("liar len builtin", lambda: len(L))
t("liar center", lambda: L.center(7, "*"))
t("liar replace", lambda: L.replace("a", "zz"))
t("liar format spec", lambda: format(123, Liar(">10")))
t("liar as kwarg name", lambda: dict(**{Liar("k"): 1}))
t("liar in set with str", lambda: len({L, "abc", "q"}))
t("liar as sep", lambda: Liar(",").join(["a", "b"]))
t("str.translate table liar", lambda: "abc".translate({97: Liar("zz")}))
t("int(liar digits)", lambda: int(Liar("42")))
t("float(liar)", lambda: float(Liar("1.5")))
t("bytes(liar, enc)", lambda: bytes(Liar("é"), "utf-8"))
t("sorted liars", lambda: sorted([Liar("b"), Liar("a")]))
