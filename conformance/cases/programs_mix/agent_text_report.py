import re
import textwrap
import string
from collections import Counter
from itertools import groupby
from operator import itemgetter

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox
runs away! Foxes are quick, dogs are lazy -- or so they say. Contact: fox@forest.org,
dog@house.net on 2024-03-15 and 2023-11-02."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq))
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{w:<8}{n:>3} {n / len(words):6.1%}")
print(re.findall(r"(\w+)@(\w+)\.(org|net)", TEXT))
for m in re.finditer(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", TEXT):
    print(m.group(0), m.span(), m.groupdict(), m["y"], m.start("m"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.sub(r"(\d+)-(\d+)-(\d+)", r"\3/\2/\1", TEXT.splitlines()[-1]))
print(re.split(r"[;,.!]\s*", "a, b;c. d!e"), re.split(r"(-)", "1-2-3", maxsplit=1))
print(re.subn(r"o", "0", "foo boo"), re.fullmatch(r"[A-Z]\w+", "Hello"), re.match(r"x", "y"))
pat = re.compile(r"""
    (?P<key>[a-z_]+)   # key
    \s*=\s*
    (?P<val>"[^"]*"|\d+)
""", re.VERBOSE | re.IGNORECASE)
cfg = 'name = "moat"  Level=3 path="/usr/lib" BAD=x'
print({m["key"].lower(): m["val"].strip('"') for m in pat.finditer(cfg)})
print(textwrap.fill(TEXT.replace("\n", " "), width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))
print(textwrap.dedent("""\
    def f():
        return 1
    """), end="")
print(textwrap.indent("a\nb\n\nc", "+ "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
t = string.Template("Dear $name, you owe ${amount} dollars. $$5 fee.")
print(t.substitute(name="Ann", amount="12.50"))
print(t.safe_substitute(name="Bo"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError", e)
rows = sorted([("fruit", "apple", 3), ("veg", "kale", 1), ("fruit", "fig", 7), ("veg", "leek", 2)], key=itemgetter(0))
for cat, grp in groupby(rows, key=itemgetter(0)):
    g = list(grp)
    print(cat, [name for _, name, _ in g], sum(map(itemgetter(2), g)))
print(["".join(g) for _, g in groupby("aaabccdddd")], [(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print(string.capwords("hello   wide world"), string.ascii_lowercase[:5], string.punctuation[:6])
