import re
print(re.findall(r"(a+)+b", "aaab"), re.findall(r"(?>a+)b", "aaab"), re.findall(r"a++b", "aaab"), re.findall(r"x*+", "xx"))
print(re.sub(r"(?P<a>\w)(?P=a)", r"[\g<a>\g<a>]", "aabbcd"), re.findall(r"(\w)\1", "hello  moon"), re.match(r"(a)?(?(1)b|c)", "c").group())
print(re.findall(r"(?m)^\w+", "one\ntwo\n three"), re.findall(r"(?s)a.b", "a\nb"), re.findall(r"(?x) \d+ # digits\n", "a12b345"))
print(re.split(r"\b", "hi there"), re.split(r"(?<=,)", "a,b,c"), re.sub("", "-", "abc"), re.sub(r"a*", "-", "baac"), re.findall(r"\B\w", "ab cd"))
print(re.findall(r"[\u00e0-\u00ff]+", "caf\u00e9 na\u00efve"), re.findall(r"(?i)straße", "STRASSE Straße"), re.findall(r"(?a)\w+", "héllo wörld"), re.findall(r"\w+", "héllo"))
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05-17")
print(m.expand(r"\g<m>/\g<y>"), m.group("y", "m"), m.groupdict(), m.pos, m.endpos, m.lastgroup, repr(m)[:40], m.string)
p = re.compile(r"\d+")
print(p.search("ab12cd345", 5), p.match("ab12", 2), p.fullmatch("12", 0, 2), p.findall("1a22b333", 1, 6), p.sub("#", "a1b22", count=1), p.split("a1b22c", maxsplit=1))
print(list(map(lambda m: m.span(), p.finditer("1 22 333"))), p.pattern, p.flags, p.groups, re.compile(p) is p, re.purge() if False else "")
print(re.sub(r"(\d+)", r"\1\1", "a1b2"), re.sub(r"x", r"\n", "axb") == "a\nb", re.sub(r"x", lambda m: "\\n", "axb"), re.escape("1+1=2?"))
for bad in [r"(?P<1>x)", r"a{2,1}", r"[z-a]", r"\1(a)", r"(?<=a+)b", r"*a", r"(?P<n>a)(?P<n>b)", "\\"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e.msg, e.pos)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print(e)
print(re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?", "-1.5e10") is not None, bool(re.search(r"^$", "")), re.findall(r"\d{2,}?", "12345"))
