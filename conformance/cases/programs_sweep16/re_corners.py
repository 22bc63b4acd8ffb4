import re

m = re.search(r"(?P<key>\w+)=(?P<val>\d+)?", "a=1 b= c=3")
print(repr(m).split(",")[0], m.expand(r"\g<val>:\g<key>:\1"), m[0], m["key"], m.group(1, 2), m.regs if hasattr(m, "regs") else None)
m2 = re.search(r"(?P<key>\w+)=(?P<val>\d+)?", "b= c")
print(m2.groupdict(), m2.groupdict("NA"), m2.group("val"), m2.span("val"), m2.start(2), m2.lastindex)
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1 (\g<0>)", "me@host you@there"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error", e)
try:
    re.sub(r"(?P<x>a)", r"\g<y>", "a")
except IndexError as e:
    print("IndexError", e)
except re.error as e:
    print("re.error", e)
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("", "-", "abc"), re.sub(r"\s+", " ", "  a \t\n b  ").strip())
print(re.sub(r"x", lambda m: None or "", "axb"), re.subn(r"(?i)A", "z", "aAbA", count=2))
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError", e)
p = re.compile(r"(\d+)-(\d+)")
print(p.groups, p.groupindex, p.pattern, p.flags, p.match("12-34").groups(), p.search("x 1-2", 1), p.match("x1-2", 1).group())
print(p.findall("1-2 3-4 5-"), p.sub(r"\2-\1", "1-2 3-4"), p.split("a1-2b3-4c"), p.fullmatch("1-2x", 0, 3))
print(list(m.span() for m in p.finditer("1-2 33-44", 2)), p.search("1-2", endpos=2))
print(re.findall(r"\w+", "héllo wörld 日本"), re.findall(r"\w+", "héllo wörld", re.ASCII), re.findall(r"[A-Z]", "aBc", re.I))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)σ", "Σ"), re.match(r"(?i)ς", "Σ") is not None, re.match(r"\d", "٣") is not None)
try:
    re.compile(r"a(?i)b")
except re.error as e:
    print("re.error", e)
print(re.match(r"a(?i:b)c", "aBc"), re.match(r"(?-i:a)b", "aB", re.I))
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print("re.error", e)
for bad in [r"[a-", r"*a", r"a**", r"(?P<1>a)", r"\k", r"(?P=zz)", "[z-a]", r"(?<n>x)", ")"]:
    try:
        re.compile(bad)
        print(bad, "compiled")
    except re.error as e:
        print(repr(bad), "->", e, "| pos", e.pos)
print(re.split(r"(a)|(b)", "xaybz"), re.split(r"\b", "hi there"), re.split("", "ab"), re.split(r"\W+", "a, b", 0, re.I))
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"a|(b)", "ab"), re.findall("", "ab"), re.findall(r"\Bb", "ab b"))
print(re.match(r"^$", ""), re.search(r"$", "a\n").span(), re.search(r"\Z", "a\n").span(), re.findall(r"^", "a\nb", re.M))
print(re.sub(r"(?m)^", "> ", "l1\nl2\n"), re.sub(r"a*", "x", "baac"))
print(re.match(r"(a+)+b", "aaab").group(), re.match(r"(?:ab)*?c", "ababc").group(), re.match(r"a{,2}", "aaa").group(), re.match(r"a{2}", "aaa").group(), re.match(r"x{1,3}?", "xxx").group())
print(re.match(r"(?=(\w+))\1:", "abc:").group(), re.search(r"(?<!foo)bar", "foobar xbar").start(), re.match(r"(x)?(?(1)a|b)", "xa").group())
print(re.escape("\t\n -_#"), re.fullmatch(re.escape("1+1=2?"), "1+1=2?") is not None)
print(re.match(r"[\]\-]+", "]-]").group(), re.match(r"[^\W\d]+", "ab1").group(), re.match(r"[\s\S]+", "a\nb").group(), re.findall(r"[[:alpha:]]", "a:") if False else "")
print(repr(re.compile(r"\w", re.I | re.U)), repr(re.compile(b"x", re.L)) if False else "", repr(re.compile("a", re.S | re.X)), re.I | re.M, repr(re.I), re.RegexFlag(10))
m = re.match(r"(a)(b)", "ab")
try:
    m.group(3)
except IndexError as e:
    print("IndexError", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError", e)
print(m.string, m.pos, m.endpos, m.re is re.compile(r"(a)(b)"), bool(m), m.__getitem__(1))
print(re.compile(r"(?P<first>\w+) (?P<last>\w+)").sub(lambda m: f"{m['last'].upper()}, {m['first']}", "jane doe, john smith"))
print(re.findall(r"\d+(?:\.\d+)?%?", "up 12.5% from 7 and 3%"), re.findall(r"#(\w+)", "#a #b-c #d_e"), re.findall(r"https?://[^\s]+", "see http://a.b/c and https://x.y."))
