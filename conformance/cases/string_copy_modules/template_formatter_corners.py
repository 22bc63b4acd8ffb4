# Corners of string's Template and Formatter: where a bad placeholder is
# reported across kinds of line breaks, identifiers an idpattern may match
# empty, the order Formatter calls its hooks in, and argument errors.
import string


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


# The line and column of an invalid placeholder; lines end as splitlines() says.
for text in ("$", "ab $!", "one\ntwo $", "a\r\nb\rc $", "x\x0by\x1cz $ ", "\u2028\u2029$",
             "tab\t$?", "$$ ok\n\n  $"):
    attempt("substitute %r" % text, lambda: string.Template(text).substitute())
    attempt("safe_substitute %r" % text, lambda: string.Template(text).safe_substitute())

attempt("get_identifiers", lambda: string.Template("$b ${a} $b $$c ${b} $a_1 $").get_identifiers())
attempt("is_valid", lambda: string.Template("$b ${a} $b").is_valid())
attempt("template of int", lambda: string.Template(12).substitute())


class Loose(string.Template):
    idpattern = r'[a-z]*'


# 'named' matching empty counts as present for is_valid().
attempt("Loose is_valid", lambda: Loose("$ and $x").is_valid())
attempt("Loose is_valid braced", lambda: Loose("${x}").is_valid())


class Colon(string.Template):
    delimiter = '::'
    braceidpattern = r'[^}]+'
    flags = 0


attempt("Colon", lambda: Colon("::a ::{b c} :::: ::A").safe_substitute({"a": 1, "b c": 2}))
attempt("Colon ids", lambda: Colon("::a ::{b c} ::::").get_identifiers())
attempt("mapping and keywords",
        lambda: string.Template("$a $b").substitute({"a": "map", "b": "map"}, a="kw"))
attempt("missing key", lambda: string.Template("$a $zz").substitute(a=1))


class Tracing(string.Formatter):
    def parse(self, format_string):
        print("  parse", repr(format_string))
        return super().parse(format_string)

    def get_field(self, field_name, args, kwargs):
        print("  get_field", repr(field_name))
        return super().get_field(field_name, args, kwargs)

    def convert_field(self, value, conversion):
        print("  convert_field", repr(value), repr(conversion))
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        print("  format_field", repr(value), repr(format_spec))
        return super().format_field(value, format_spec)

    def check_unused_args(self, used_args, args, kwargs):
        print("  check_unused_args", sorted(map(str, used_args)), args, sorted(kwargs))


attempt("tracing", lambda: Tracing().format("<{0!r:>{w}}|{1[k]}>", "x", {"k": 2}, w=5, z=0))
attempt("auto then manual", lambda: Tracing().format("{} {1}", 1, 2))
attempt("manual then auto", lambda: string.Formatter().format("{0} {}", 1, 2))
attempt("attribute field keeps auto", lambda: string.Formatter().format("{} {0.real}", 1))
attempt("too deep", lambda: string.Formatter().format("{0:{1:{2}}}", 1, 2, 3))
attempt("unknown conversion", lambda: string.Formatter().convert_field(1, ["s"]))
attempt("unknown conversion 2", lambda: string.Formatter().format("{0!z}", 1))
attempt("parse of bytes", lambda: string.Formatter().parse(b"{}"))
print(string.Formatter.__doc__)

# capwords looks up the joiner before it splits.
attempt("capwords sep int", lambda: string.capwords("a b", 1))
attempt("capwords of int", lambda: string.capwords(1))
attempt("capwords empty sep", lambda: string.capwords("a b", ""))
attempt("capwords sep", lambda: string.capwords("x--y--zed", "--"))
