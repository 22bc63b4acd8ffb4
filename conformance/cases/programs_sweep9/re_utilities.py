import re
log = """2024-01-05 10:22:01 ERROR [db] connection lost (code=17)
2024-01-05 10:22:05 WARN  [web] slow response 2.5s
2024-01-06 08:00:00 INFO  [db] reconnected
2024-01-06 09:13:44 ERROR [auth] bad token for user=alice"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>\w+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level"), m["mod"], m.groupdict()["msg"][:20], m.span("date"))
print(pat.groupindex["msg"], pat.groups)
print(re.findall(r"(\w+)=(\w+)", log), re.findall(r"\d+\.\d+s", log))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", log.splitlines()[0]))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.subn("a", "b", "banana"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"))
print(re.match(r"a|ab", "ab").group(), re.fullmatch(r"\w+", "abc!"), re.search(r"(?<=@)\w+", "me@host").group())
print(re.sub(r"(?i)hello", "bye", "HeLLo hello"), re.findall(r"\bcat\b", "cat concat cat."), re.escape("a.b*c?"))
m = re.search(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("-"), m.group(0, 1, 3), m.lastindex, m.start(2), m.end(), m.re.pattern)
print(re.findall(r"(?:ab)+", "ababxab"), re.findall(r"a(?=b)", "ab ac ab"), re.findall(r"a(?!b)", "ab ac ab"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.sub(r"(\w)(\w*)", lambda m: m[1].upper() + m[2], "foo bar"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e)
print(bool(re.match(r"^\s*$", "   ")), re.compile(r"x", re.I | re.M).flags & re.I != 0)
print(re.findall(r"[^\W\d_]+", "abc_12 déf"), re.sub(r"\s+", " ", "  a \n\t b  ").strip())
print([m.group() for m in re.finditer(r"\d+", "10 apples, 200 pears")], re.search("z", "abc"))
