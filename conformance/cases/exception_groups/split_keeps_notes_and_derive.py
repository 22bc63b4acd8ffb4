# split, subgroup and except* give parts their own copy of __notes__, and a
# subclass's derive() decides the parts' type.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
eg.add_note("note one")
match, rest = eg.split((ValueError, KeyError))
print(repr(match), repr(rest))
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__)
match.add_note("only on the match")
print(eg.__notes__, match.__notes__)
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1).__notes__)
none, same = eg.split(OSError)
print(none, same is eg)

try:
    raise eg
except* ValueError as part:
    print("except*:", repr(part), part.__notes__)
except* (TypeError, KeyError) as part:
    print("except*:", repr(part), part.__notes__)


class MyEG(ExceptionGroup):
    def __new__(cls, msg, excs, extra=None):
        self = super().__new__(cls, msg, excs)
        self.extra = extra
        return self

    def __init__(self, msg, excs, extra=None):
        super().__init__(msg, excs)

    def derive(self, excs):
        return MyEG(self.message, excs, extra=self.extra)


g = MyEG("mine", [ValueError("a"), TypeError("b")], extra="E")
mm, rr = g.split(ValueError)
print(type(mm).__name__, mm.extra, type(rr).__name__, rr.extra, repr(mm))
plain = ExceptionGroup("x", [ValueError(1)])
plain.__notes__ = ("a tuple",)
print(plain.split(ValueError)[0].__notes__)


class Lookup(ExceptionGroup):
    def __getattr__(self, name):
        raise AttributeError(name)

    def derive(self, excs):
        return Lookup(self.message, excs)


print([repr(part) for part in Lookup("x", [ValueError(1), KeyError(2)]).split(ValueError)])
