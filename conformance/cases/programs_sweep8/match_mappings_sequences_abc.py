from collections import defaultdict, deque, OrderedDict, UserDict, UserList, namedtuple
from collections.abc import Mapping, Sequence
dd = defaultdict(list, {"b": 1})
match dd:
    case {"a": x}: print("a", x)
    case {"b": y}: print("b", y)
print(dict(dd))
class M(Mapping):
    def __init__(self, d): self.d = d; self.gets = []
    def __getitem__(self, k): self.gets.append(k); return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None): self.gets.append(("get", k)); return self.d.get(k, default)
m = M({"x": 1, "y": 2})
match m:
    case {"x": 1, "z": _}: print("no")
    case {"x": 1, **rest}: print("rest", rest)
print(m.gets)
class S(Sequence):
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
for subj in [S(), deque([1, 2]), range(3), "ab", b"ab", bytearray(b"ab"), (1, 2, 3), UserList([1, 2]), OrderedDict(a=1), UserDict(a=1), iter([1])]:
    match subj:
        case [a, b]: r = f"pair {a} {b}"
        case [a, *mid, c]: r = f"seq {a}..{c} mid={mid}"
        case {"a": v}: r = f"map a={v}"
        case _: r = "other"
    print(type(subj).__name__, r)
Pt = namedtuple("Pt", "x y")
match Pt(1, 2):
    case Pt(x, y=2): print("nt", x)
match 5:
    case 1 | 2: print("small")
    case x if x > 3: print("big", x)
import enum
class C(enum.Enum):
    R = 1; G = 2
match C.G:
    case C.R: print("red")
    case C.G: print("green")
match {"k": [1, {"z": (2, 3)}]}:
    case {"k": [1, {"z": (a, b) as t}]}: print("deep", a, b, t)
match 1.0:
    case 1: print("int 1 matches 1.0")
match True:
    case 1: print("True matches 1")
match -1:
    case -1: print("neg literal")
match 1+2j:
    case 1+2j: print("complex literal")
match "x":
    case "x" | "y" as c: print("as or", c)
match [1, [2, 3]]:
    case [_, [_, *_]] : print("nested star")
match None:
    case None: print("None via is")
class V:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
    @property
    def total(self): return self.a + self.b
match V(1, 2):
    case V(1, b, total=3): print("with property", b)
match [1, 2, 3]:
    case list((1, *r)): print("list with tuple subpattern", r)
match {"a": 1}:
    case dict(): print("dict class pattern")
match 3:
    case int(n): print("int(n)", n)
match "s":
    case str(n) if n.isalpha(): print("str(n)", n)
