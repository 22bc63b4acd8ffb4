import textwrap
import string

para = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(para, width=30))
print(textwrap.wrap(para, 25)[:2])
print(textwrap.shorten(para, width=40, placeholder=" [...]"))
print(repr(textwrap.dedent("""
    def f():
        return 1
""")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb", "+ ", lambda line: line.startswith("b")))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:8], len(string.printable))
print(string.capwords("hello   big  world"), string.hexdigits)
tpl = string.Template("$who likes ${what}s; cost $$5")
print(tpl.substitute(who="Tim", what="apple"), tpl.safe_substitute(who="Ann"))
try:
    tpl.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$1").substitute()
except ValueError as e:
    print("ValueError", e)
fmt = string.Formatter()
print(fmt.format("{0}-{x:>3}", "a", x=7), list(fmt.parse("a{b:>2}c{d!r}")))
