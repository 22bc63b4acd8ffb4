import datetime, operator, math, re, string, enum, typing, logging, fractions
def t(label, fn):
    try: print(label, repr(fn()))
    except Exception as e: print(label, "!!", type(e).__name__, e)
t("UTC", lambda: datetime.UTC)
t("fromiso Z", lambda: datetime.datetime.fromisoformat("2011-11-04T00:05:23Z"))
t("fromiso compact", lambda: datetime.datetime.fromisoformat("20111104T000523"))
t("fromiso date compact", lambda: datetime.date.fromisoformat("20111104"))
t("fromiso week", lambda: datetime.date.fromisoformat("2011-W01-2"))
t("fromiso frac", lambda: datetime.datetime.fromisoformat("2011-11-04 00:05:23.283+00:00"))
t("time fromiso", lambda: datetime.time.fromisoformat("04:23:01Z"))
t("operator.call", lambda: operator.call(max, 1, 5))
t("cbrt", lambda: math.cbrt(27)); t("exp2", lambda: math.exp2(10))
t("atomic", lambda: re.findall(r"(?>a+)b", "aaab ab b"))
t("possessive", lambda: re.findall(r"a*+a", "aaa"))
t("possessive2", lambda: re.findall(r"\d++\.", "123. 45"))
t("template ids", lambda: string.Template("$a ${b} $$ $a").get_identifiers())
t("template valid", lambda: (string.Template("$a").is_valid(), string.Template("$").is_valid()))
class E(enum.Enum):
    A = 1
    B = enum.nonmember(2)
    @enum.member
    def c(self): return 3
t("nonmember", lambda: ([m.name for m in E], E.B))
@enum.verify(enum.UNIQUE)
class U(enum.Enum):
    X = 1; Y = 2
t("verify", lambda: list(U))
def bad_verify():
    @enum.verify(enum.CONTINUOUS)
    class V(enum.IntEnum):
        A = 1; C = 3
t("verify cont", bad_verify)
class F(enum.IntFlag, boundary=enum.STRICT):
    A = 1; B = 2
t("strict", lambda: F(7))
class G(enum.Flag):
    R = 1; W = 2; X = 4
t("flag iter", lambda: list(G.R | G.X)); t("flag len", lambda: len(G.R | G.W)); t("flag str", lambda: str(G.R | G.W)); t("flag fmt", lambda: f"{G.R}")
class St(enum.StrEnum):
    A = "a"
t("strenum fmt", lambda: (f"{St.A}", str(St.A), format(St.A, ">3")))
class I(enum.IntEnum):
    ONE = 1
t("intenum str", lambda: (str(I.ONE), f"{I.ONE}", repr(I.ONE), format(I.ONE, "03d")))
t("levels", lambda: sorted(logging.getLevelNamesMapping().items())[:3])
t("frac int", lambda: int(fractions.Fraction(7, 2)))
t("frac str_", lambda: fractions.Fraction("1_000/3"))
t("never", lambda: (typing.Never, typing.LiteralString, typing.Required[int], typing.NotRequired[int]))
def assert_nev(x):
    typing.assert_never(x)
t("assert_never", lambda: assert_nev(5))
class TD(typing.TypedDict):
    a: int
    b: typing.NotRequired[str]
t("td keys", lambda: (sorted(TD.__required_keys__), sorted(TD.__optional_keys__)))
eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("h", [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
t("split", lambda: (repr(m), repr(r)))
t("subgroup", lambda: repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
t("derive", lambda: repr(eg.derive([ValueError(9)])))
t("eg base", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
t("eg empty", lambda: ExceptionGroup("x", []))
t("eg notlist", lambda: ExceptionGroup("x", ValueError()))
t("beg", lambda: type(BaseExceptionGroup("x", [ValueError()])).__name__)
t("eg str", lambda: (str(eg), eg.message, len(eg.exceptions)))
e = ValueError("v"); e.add_note("n1")
t("notes", lambda: e.__notes__)
t("add_note bad", lambda: e.add_note(5))
