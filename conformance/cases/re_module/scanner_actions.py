# re.Scanner's actions: constants, None, callables (which see scanner.match),
# errors from actions, malformed lexicon entries, and the lexicon looked up
# at scan time.
import re

lex = re.Scanner([(r"\d+", "NUM"), (r"\s+", None), (r"[a-z]+", lambda s, t: t * 2)])
print(hasattr(lex, "match"))
print(lex.scan("12 ab 7 cd!rest"))
print(hasattr(lex, "match"), lex.match.group(), lex.match.lastindex)
print(lex.scan("!nothing"))
print(lex.scan("   "))


def falsy(scanner, token):
    return 0 if token == "0" else ""


print(re.Scanner([(r"\d", falsy)]).scan("0123"))


def boom(scanner, token):
    if token == "x":
        raise KeyError(token)
    return token


lex = re.Scanner([(r"[a-z]", boom)])
try:
    lex.scan("abxd")
except KeyError as e:
    print("KeyError", e, lex.match.group())

# Changing the lexicon afterwards changes the actions, not the pattern.
lex = re.Scanner([(r"a", "A"), (r"b", "B")])
lex.lexicon[1] = ("zzz", "changed")
print(lex.scan("abz"))

for bad in ([("a", "A", "extra")], [("a",)], ["ab"], [5]):
    try:
        re.Scanner(bad)
        print("built", bad)
    except Exception as e:
        print(type(e).__name__, e)

# A phrase with its own groups: the groups do not shift the phrase numbers.
lex = re.Scanner([(r"(a)(b)?", lambda s, t: ("AB", s.match.lastindex)),
                  (r"(?P<d>\d)", lambda s, t: ("D", s.match.lastindex))])
print(lex.scan("a1ab2"))
try:
    re.Scanner([], re.M)
except RuntimeError as e:
    print("empty lexicon:", e)
