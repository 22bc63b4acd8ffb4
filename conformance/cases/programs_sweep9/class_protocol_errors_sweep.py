class A:
    def m(self, x): return x
    @classmethod
    def c(cls, x): return x
    @staticmethod
    def s(x): return x
    @property
    def p(self): return 1
    __slots__ = ()
class B:
    __slots__ = ("a",)
class C:
    def __init__(self, x): self.x = x
class K:
    def __eq__(self, o): return True
class H:
    __hash__ = None
class R:
    def __repr__(self): return 5
class S:
    def __str__(self): return None
class L:
    def __len__(self): return "3"
class I:
    def __iter__(self): return 5
class N:
    def __next__(self): return 1
class BoolBad:
    def __bool__(self): return 1
class IdxBad:
    def __index__(self): return 1.5
class IntBad:
    def __int__(self): return "x"
class FloatBad:
    def __float__(self): return 1
class Cont:
    def __contains__(self, x): return []
tests = [
    lambda: A().m(), lambda: A().m(1, 2), lambda: A.m(1), lambda: A.c(), lambda: A.s(), lambda: A().p(),
    lambda: setattr(A(), "p", 2), lambda: setattr(A(), "z", 2), lambda: B().a, lambda: setattr(B(), "b", 1),
    lambda: C(), lambda: C(1, 2), lambda: C(x=1, y=2), lambda: C(1, x=2), lambda: hash(K()), lambda: hash(H()),
    lambda: {H()}, lambda: repr(R()), lambda: str(S()), lambda: len(L()), lambda: iter(I()), lambda: iter(N()),
    lambda: list(N()), lambda: bool(BoolBad()), lambda: [1][IdxBad()], lambda: int(IntBad()), lambda: float(FloatBad()),
    lambda: 1 in Cont(), lambda: object.__init__(C(1), 5), lambda: C.__init__(), lambda: A.__init__(1),
    lambda: type(type.__call__(A)).__name__, lambda: A.nope, lambda: A().nope, lambda: C(1).nope, lambda: del_attr(C(1)),
    lambda: str.join(), lambda: int.bit_length(), lambda: int.bit_length("x"), lambda: dict.get({}, ),
    lambda: list.__getitem__([], "a"), lambda: tuple.__len__([]), lambda: super(A, 1), lambda: super(int, A()).m,
    lambda: print(end=5), lambda: sorted([], reverse="x"), lambda: sorted([], key=1, reverse=False),
    lambda: isinstance(1, (int, 2)), lambda: issubclass(int, (1,)), lambda: A.__name__.x, lambda: vars(1),
    lambda: dir(1, 2), lambda: hasattr(1), lambda: getattr(), lambda: abs(), lambda: abs(1, 2),
    lambda: divmod(1), lambda: pow(1), lambda: pow(1.0, 2, 3), lambda: pow(2, 0.5, 3), lambda: round(),
    lambda: any(1), lambda: all(), lambda: filter(None), lambda: map(), lambda: zip(1), lambda: enumerate([], "a"),
    lambda: range(), lambda: range(1, 2, 3, 4), lambda: range("a"), lambda: id(), lambda: repr(), lambda: ascii(),
    lambda: format(), lambda: bin(1.5), lambda: hex("1"), lambda: oct(None), lambda: chr("a"), lambda: ord(1),
]
def del_attr(o):
    del o.y
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r)[:60])
    except Exception as e:
        print(i, type(e).__name__, str(e)[:140])
