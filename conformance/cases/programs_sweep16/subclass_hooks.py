import string, pprint, random, copy, csv, io, json, textwrap, re

class BraceT(string.Template):
    delimiter = "#"
    idpattern = r"[a-z][_a-z0-9]*"
print(BraceT("#who owes #{amt}; #Bad stays").safe_substitute(who="ann", amt=3))
class FlagT(string.Template):
    flags = 0
    idpattern = r"[A-Z]+"
print(FlagT("$ABC $abc").safe_substitute(ABC=1, abc=2))
class PatT(string.Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>[a-z]+)\]\] |
      (?P<invalid>)
    )"""
print(PatT("hi [[name]], [[[[literal").substitute(name="bo"))
try:
    PatT("[[ bad").substitute()
except ValueError as e:
    print("ValueError", e)

class Rng(random.Random):
    def random(self):
        self.calls = getattr(self, "calls", 0) + 1
        return 0.5
r = Rng(1)
print(r.random(), r.choice("abcd"), r.randint(1, 10), r.uniform(0, 10), r.calls)
l = list(range(6)); r.shuffle(l); print(l, r.sample(range(10), 3), r.choices("xyz", k=3))
class Rng2(random.Random):
    def getrandbits(self, k):
        return (1 << (k - 1)) - 1 if k else 0
r2 = Rng2(0)
print(r2.randrange(10), r2.choice("abc"), r2.random())

class MyPP(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, float):
            return f"{obj:.2f}", True, False
        return super().format(obj, context, maxlevels, level)
MyPP(width=30).pprint({"pi": 3.14159, "vals": [1.0 / 3, 2.5, "s"], "n": {"e": 2.71828}})
print(MyPP().pformat([0.1] * 3), MyPP().isreadable([1.5]))

class Stateful:
    def __init__(self, n):
        self.n = n
        self.cache = {"big": list(range(3))}
    def __getstate__(self):
        s = self.__dict__.copy()
        del s["cache"]
        return s
    def __setstate__(self, s):
        self.__dict__.update(s)
        self.cache = {}
s2 = copy.deepcopy(Stateful(4))
print(s2.n, s2.cache, copy.copy(Stateful(5)).cache)
class Red:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Red, (self.a * 10,))
x = copy.deepcopy(Red(2, 3)); print(x.a, x.b)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]
sl = copy.deepcopy(Slotted()); print(sl.a, hasattr(sl, "b"))

class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
buf = io.StringIO()
csv.writer(buf, Semi).writerows([["a;b", "it's", 3], ["x", "", None]])
print(repr(buf.getvalue()), list(csv.reader(io.StringIO(buf.getvalue()), Semi)))
class BadD(csv.Dialect):
    delimiter = ";"
try:
    csv.writer(io.StringIO(), BadD)
except csv.Error as e:
    print("csv.Error", e)
except TypeError as e:
    print("TypeError", e)
try:
    csv.reader([], delimiter="::")
except TypeError as e:
    print("TypeError", e)

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k: v for k, v in d.items() if not k.startswith("_")}
print(json.loads('{"a": 1, "_b": {"_c": 1, "d": 2}}', cls=Dec))
class KeyEnc(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps({"a": "b"}, cls=KeyEnc), KeyEnc().iterencode([1]).__class__.__name__)

class TW(textwrap.TextWrapper):
    wordsep_re = re.compile(r"(\s+|,)")
print(TW(width=8).wrap("alpha,beta,gamma delta"))
class D(dict):
    def __missing__(self, k):
        return f"<{k}>"
print(string.Formatter().vformat("{a} {b}", (), D(a=1)), "{x}-{y}".format_map(D(x=1)), string.Template("$p $q").substitute(D(p=2)))
