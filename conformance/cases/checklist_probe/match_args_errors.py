class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class ListArgs:
    __match_args__ = ["x"]
    x = 1

class BadEntry:
    __match_args__ = ("x", 5)
    x = 1

class Missing:
    __match_args__ = ("nope",)

class Dup:
    __match_args__ = ("x", "x")
    x = 9

class NoArgs:
    pass

def probe(subject, label):
    try:
        match subject:
            case P(a, b, c):
                print(label, "three", a, b, c)
            case P(a, b) if label == "p":
                print(label, "two", a, b)
            case ListArgs(v):
                print(label, "ListArgs", v)
            case BadEntry(v, w):
                print(label, "BadEntry", v, w)
            case Missing(v):
                print(label, "Missing", v)
            case Dup(a, x=b):
                print(label, "Dup", a, b)
            case NoArgs(v):
                print(label, "NoArgs", v)
            case _:
                print(label, "no match")
    except TypeError as e:
        print(label, type(e).__name__, e)

probe(P(1, 2), "p")
probe(P(1, 2), "q")
probe(ListArgs(), "l")
probe(BadEntry(), "b")
probe(Missing(), "m")
probe(Dup(), "d")
probe(NoArgs(), "n")
probe(5, "int")

class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for subj in [Pt(0, 0), Pt(1, 0), Pt(0, 5), Pt(2, 3)]:
    match subj:
        case Pt(0, 0):
            print("origin")
        case Pt(x, 0):
            print("on x axis", x)
        case Pt(0, y=yy):
            print("on y axis", yy)
        case Pt(x=a, y=b) if a == b:
            print("diagonal")
        case Pt(a, b):
            print("point", a, b)
class Prop:
    __match_args__ = ("v",)
    @property
    def v(self):
        raise AttributeError("v unavailable")
match Prop():
    case Prop(v):
        print("matched?", v)
    case _:
        print("AttributeError makes it not match")
class PropErr:
    __match_args__ = ("v",)
    @property
    def v(self):
        raise ValueError("boom in property")
match PropErr():
    case PropErr(v):
        print(v)
