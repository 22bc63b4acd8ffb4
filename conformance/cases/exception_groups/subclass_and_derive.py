# A user subclass that carries extra state through split() via derive().
class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        return Errors(self.message, excs, self.code)


e = Errors("bad input", [ValueError("x"), TypeError("y")], code=42)
print(repr(e), e.code, str(e))
match, rest = e.split(ValueError)
print(type(match).__name__, match.code, repr(match.exceptions))
print(type(rest).__name__, rest.code, repr(rest.exceptions))
print(isinstance(e, ExceptionGroup), isinstance(e, BaseExceptionGroup), isinstance(e, Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))

try:
    try:
        raise Errors("batch", [KeyError("a"), ValueError("b")], code=7)
    except* KeyError as part:
        print("caught", type(part).__name__, part.code, repr(part.exceptions))
except Errors as left:
    print("left", left.code, repr(left.exceptions))


class Plain(ExceptionGroup):
    pass


p = Plain("p", [ValueError(1), TypeError(2)])
m, r = p.split(TypeError)
print(type(m).__name__, repr(m), type(r).__name__)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5


try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as err:
    print("TypeError:", err)

try:
    class NoBase(ExceptionGroup):
        pass
    NoBase("n", [KeyboardInterrupt()])
except TypeError as err:
    print("TypeError:", err)
print(repr(BaseExceptionGroup("only base", [SystemExit(2)]).exceptions))
print(ExceptionGroup("one", [ValueError()]).exceptions[0].__class__.__name__)
