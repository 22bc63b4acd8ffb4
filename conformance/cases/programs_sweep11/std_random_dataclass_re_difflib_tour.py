import random, re, textwrap, difflib, graphlib, dataclasses, json, collections
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5))
l = list(range(10)); random.shuffle(l); print(l, random.uniform(1, 2), random.gauss(0, 1), random.choices("abc", k=5, weights=[1, 2, 3]))
print(random.randrange(0, 100, 7), random.getrandbits(70), random.triangular(0, 1))
r = random.Random(7); print(r.random(), r.randint(0, 9))
@dataclass(slots=True, kw_only=True)
class A:
    x: int
    y: int = 2
print(A(x=1), A.__slots__)
@dataclass
class B:
    a: int
    _: KW_ONLY
    b: int = 0
    scale: InitVar[int] = 1
    count: ClassVar[int] = 0
    def __post_init__(self, scale):
        self.a *= scale
print(B(2, b=3, scale=5), [f.name for f in dataclasses.fields(B)], B.count)
@dataclass(eq=False)
class C:
    v: list = field(default_factory=list, metadata={"unit": "m"}, repr=False, compare=False)
    w: int = field(default=3, hash=None)
print(C(), C() == C(), dataclasses.fields(C)[0].metadata["unit"], dataclasses.is_dataclass(C), dataclasses.is_dataclass(C()))
@dataclass(unsafe_hash=True)
class D:
    p: int
print(hash(D(1)) == hash((1,)), D(1) == D(1))
print(dataclasses.make_dataclass("P", ["x", ("y", int, 5)])(1))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
print(json.loads('[1.5, 2]', parse_float=str), json.dumps({"a": 1}, separators=(",", ":")), json.dumps("\u2028"))
print(json.dumps([1, [2, [3]]], indent=1))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"(\w)\1", "aabbcd"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' x").group())
pat = re.compile(r"""
   (?P<num>\d+)   # number
   \s*
   (?P<unit>[a-z]+)  # unit
""", re.VERBOSE)
print(pat.findall("10 kg, 5m and 3 s"), pat.groupindex, pat.groups)
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub("x*", "-", "abc"), re.split("x*", "axbc"))
print(re.fullmatch(r"(?i:AB)c", "abc"), re.findall(r"^\w", "a\nb\nc", re.M), re.findall(r".", "a\nb", re.S))
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], "x", "y")))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
ts = graphlib.TopologicalSorter({"b": {"a"}, "c": {"b", "a"}})
print(list(ts.static_order()))
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ", break_long_words=True)
print(w.fill("supercalifragilisticexpialidocious is a very long word indeed"))
print(textwrap.fill("a  b   c", width=5, replace_whitespace=False), textwrap.wrap("", 5), textwrap.wrap("hello-world-foo", 6))
