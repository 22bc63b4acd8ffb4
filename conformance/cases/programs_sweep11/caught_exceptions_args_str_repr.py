class NoArgs(Exception):
    pass


class WithInit(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
        self.a, self.b = a, b


class CustomStr(Exception):
    def __str__(self):
        return f"custom<{self.args}>"


class CustomRepr(ValueError):
    def __repr__(self):
        return "CR!"


class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x


for e in [NoArgs(), NoArgs("one"), NoArgs(1, 2), WithInit("x"), WithInit("x", b=5), CustomStr("a", 1), CustomRepr("v"),
          NoSuperInit(7), KeyError(), KeyError(""), KeyError("a b"), KeyError(1, 2), IndexError(None), Exception(None),
          StopIteration(), StopIteration(1, 2), SystemExit(), SystemExit(0), SystemExit("msg"), ArithmeticError("a", ["b"])]:
    print(f"{type(e).__name__:<12} str={str(e)!r:<22} repr={e!r:<34} args={e.args}")
e = WithInit(1)
e.args = ("replaced",)
print(str(e), repr(e), e.a)
e = NoArgs("m")
e.extra = 5
print(e.extra, e.__dict__ if False else "", getattr(e, "missing", None), hasattr(e, "__traceback__"), e.__traceback__)
