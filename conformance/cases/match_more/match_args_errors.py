class A:
    __match_args__ = ("x",)
    def __init__(self):
        self.x = 1
class NoAttr:
    __match_args__ = ("missing",)
class Prop:
    __match_args__ = ("val",)
    @property
    def val(self):
        return "computed"
class Boom:
    __match_args__ = ("v",)
    @property
    def v(self):
        raise RuntimeError("getter failed")
def t(subj, which):
    try:
        match subj:
            case A(a, b) if which == 1:
                return "A2"
            case A(a, x=b) if which == 2:
                return "A dup"
            case NoAttr(y) if which == 3:
                return "matched missing"
            case Prop("computed") if which == 4:
                return "property positional"
            case Boom(v) if which == 5:
                return "boom"
            case len() if which == 6:
                return "len"
        return "no match"
    except (TypeError, RuntimeError) as e:
        return f"{type(e).__name__}: {e}"
print(t(A(), 1))
print(t(A(), 2))
print(t(NoAttr(), 3))
print(t(Prop(), 4))
print(t(Boom(), 5))
print(t(1, 6))
print(t(5, 1))
class WithAttr:
    pass
w = WithAttr()
w.missing = 7
match w:
    case NoAttr(a):
        print("no")
    case WithAttr(missing=m):
        print("keyword on instance attr", m)
