# Fields from several dataclass bases side by side: every class on the MRO
# contributes, root end first, and any frozen base forbids a non-frozen class.
from dataclasses import dataclass, field, fields
@dataclass(frozen=True)
class F1:
    a: int = 1
@dataclass
class N1:
    b: int = 2
for frozen in (False, True):
    try:
        @dataclass(frozen=frozen)
        class X(F1, N1):
            c: int = 3
        print(frozen, X())
    except TypeError as e: print(frozen, e)
class Plain(N1):
    pass
@dataclass
class A2:
    b: str = "a2"
@dataclass
class Y(Plain, A2):
    pass
print(Y(), [f.name for f in fields(Y)])
@dataclass
class Base:
    x: int = 0
    y: int = 0
@dataclass
class L(Base):
    y: str = "L"
@dataclass
class R(Base):
    x: str = "R"
@dataclass
class Diamond(L, R):
    z: int = 9
print(Diamond(), [(f.name, f.type) for f in fields(Diamond)])
@dataclass
class Twice:
    a: int = 1
Twice2 = dataclass(Twice)
print(Twice2(), fields(Twice2)[0].name)
@dataclass
class Sub(Twice):
    b: int = 2
print(dataclass(Sub)())
