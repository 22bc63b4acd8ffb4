import re
tests = [
 (r"(\w+)\s+\1", "hello hello world world x"), (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\""), (r"(a)?(?(1)b|c)", "ab c ac"),
 (r"\bcafé\b", "un café noir"), (r"\w+", "naïve façade 日本語 x_1"), (r"(?i)straße", "STRASSE straße"), (r"(?<=\d{3})-\d+", "123-456 12-34"),
 (r"(?<!\$)\b\d+", "$100 200 x300"), (r"a.*?b", "aXbYb"), (r"a{2,3}?", "aaaa"), (r"^\s*#.*$", "code\n  # comment\nmore # not"),
 (r"(?m)^(\w+):", "key: v\nother: w"), (r"(?s)<b>(.*)</b>", "<b>x\ny</b>"), (r"[^\W\d_]+", "ab12_cd"), (r"(\d+)(?=px)", "10px 20em 30px"),
 (r"(?x) \d+ (?: \. \d+ )?  # number", "3.14 and 42"), (r"\d+(?!\.)", "1.5 22 333."), (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"(?:(\w)(\d))+", "a1b2c3"),
 (r"[\u00c0-\u00ff]+", "Ünïcödé ascii"), (r"\S+@\S+\.\w{2,}", "mail me: a.b@ex.co.uk, bad@x"), (r"\$\{(\w+)(?::-([^}]*))?\}", "${HOME} ${X:-def} ${Y:-}"),
 (r"(\()?\d{3}(?(1)\))[- ]?\d{4}", "(555)1234 555-1234 (555-1234"), (r"\A\w|\w\Z", "abc"), (r"(?i)[a-f]+", "DeadBEEF xyz"),
 (r"\d{2,}?", "12345"), (r"(a+)+b", "aaab"), (r"(?<year>\d{4})-(?<mon>\d\d)", "2024-05"), (r"x*", "axxb"), (r"\b", "ab cd"), (r"", "abc"),
]
for pat, s in tests:
    try:
        rx = re.compile(pat)
        fa = rx.findall(s)
        ms = [(m.span(), m.group(), m.groups()) for m in rx.finditer(s)][:4]
        print(repr(pat), fa, ms)
    except re.error as e:
        print(repr(pat), "re.error:", e)
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@host ann@srv"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a b"), re.sub("x*", "-", "abxd"))
print(re.sub(r"\s+", " ", "  a \t\n b  ").strip(), re.sub(r"(\d)", r"\g<1>0", "a1b2"), re.subn(r"^", "> ", "l1\nl2", flags=re.M))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."), re.split(r"x*", "axbc"), re.split(r"\b", "a b"), re.split(",", "a,b,c", maxsplit=1))
for bad in [r"(", r"[a-", r"a{2,1}", r"(?P<n>a)(?P<n>b)", r"\1(a)", r"*a", r"(?<=a+)b", r"[z-a]", r"(?P=x)", "\\"]:
    try: re.compile(bad); print(repr(bad), "compiled")
    except re.error as e: print(repr(bad), "re.error:", e, "| pos", e.pos)
m = re.search(r"(?P<a>x)(y)?", "zx")
print(m, m.lastindex, m.lastgroup, m.group(0, 1, 2), m.groupdict("dflt"), m.span(2), m.start(), m.end(), m.re.pattern, m.string, m.pos, m.endpos)
print(re.match(r"\d+", "12ab").group(), re.fullmatch(r"\w+", "ab!"), bool(re.search("^b", "ab\nb", re.M)), re.compile(r"\d").sub(lambda m: str(int(m[0]) + 1), "a9b1"))
sc = re.Scanner([(r"\d+", lambda s, t: ("NUM", int(t))), (r"[a-z]+", lambda s, t: ("ID", t)), (r"\s+", None), (r".", lambda s, t: ("OP", t))])
print(sc.scan("x = 42 + y1"))
