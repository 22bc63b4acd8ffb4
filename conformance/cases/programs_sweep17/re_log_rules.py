# Rules engine that classifies log lines with compiled regular expressions.
import re

RULES = [
    ("auth", re.compile(r"(?P<user>\w+)@(?P<host>[\w.-]+)\s+(?:login|logout)\s+(?P<status>ok|fail(?:ed)?)", re.I)),
    ("http", re.compile(r"""
        (?P<method>GET|POST|PUT|DELETE)\s+
        (?P<path>/\S*)\s+
        (?P<code>[1-5]\d\d)
        (?:\s+(?P<ms>\d+(?:\.\d+)?)ms)?
    """, re.VERBOSE)),
    ("kv", re.compile(r"(\w+)=(\"[^\"]*\"|\S+)")),
]

LINES = [
    "alice@db-01.example login OK",
    "BOB@web.local logout failed",
    "GET /index.html 200 12.5ms",
    "POST /api/v1/items 503",
    "level=warn msg=\"disk almost full\" pct=91",
    "nothing to see here",
    "DELETE / 404 3ms",
]

for line in LINES:
    for name, rx in RULES:
        if name == "kv":
            pairs = rx.findall(line)
            if pairs:
                print(f"{name}: {dict((k, v.strip(chr(34))) for k, v in pairs)}")
                break
            continue
        m = rx.search(line)
        if m:
            print(f"{name}: {m.groupdict()} {m.groupdict('-')} span={m.span()} last={m.lastgroup} {m.lastindex}")
            break
    else:
        print("unmatched:", line)

m = RULES[1][1].search("PUT /x 201 7ms")
print(m)
print(repr(RULES[0][1]), repr(re.compile("a+", re.M | re.S)), re.compile(r"\d").pattern)
print(m.group(0, "path", 3), m.start("code"), m.end(), m.expand(r"\g<method> on \g<path> -> \3"), m.re is RULES[1][1])
print(re.sub(r"(\d+)", lambda mo: str(int(mo.group(1)) * 2), "a1 b22 c333"))
print(re.sub(r"(?P<word>\b\w)(\w*)", r"\g<word>.\2|", "hello big world", count=2))
print(re.subn(r"\s+", " ", "  too   many\t\tspaces \n here "))
print(re.split(r"([,;])\s*", "a, b;c ,d"), re.split(r",", "a,b,c,d", maxsplit=2), re.split(r"\b", "hi there"))
print(re.findall(r"(\w)(\d)?", "a1 b c3"), re.findall(r"\d+|[a-z]+", "abc123def4"))
print([mo.group() for mo in re.finditer(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 or $7, not 9")])
print(re.fullmatch(r"[A-Z]{2}\d{4}", "AB1234"), re.fullmatch(r"[A-Z]{2}\d{4}", "AB12345"))
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").groups("?"), re.match(r"(?i)straße", "STRASSE"))
print(re.escape("1+1=2? (yes) [a-z] $5.00 ~/path"), re.findall(r"(?m)^\w+", "one two\nthree four\n five"))
print(re.sub(r"^", "> ", "l1\nl2\nl3", flags=re.M), re.sub("x*", "-", "abxd"))
print(re.search(r"(\w+)\s+\1", "this is is a test test").group(1), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"yo\"").group())
print(re.findall(r"\bcolou?r\b", "color colour colr coloured"), re.findall(r"(?:ab)+", "ababab abab"))
print(re.sub(r"(?x) ( \d{3} ) ( \d{4} )", r"\1-\2", "5551234 and 8675309"))
for bad in [r"(unclosed", r"a{2,1}", r"[z-a]", r"\p", r"(?P<1>x)", "*a"]:
    try:
        re.compile(bad)
    except re.error as exc:
        print(f"{bad!r:14} error: {exc} | pos={exc.pos}")
tok = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/()])|(\S))")
print([(n or op or bad) for n, op, bad in tok.findall("3.5 + 4**2 - (1/x)")])
scanner = re.compile(r"(?P<NUM>\d+)|(?P<ID>[a-z_]\w*)|(?P<OP>[=+])|(?P<WS>\s+)")
print([(mo.lastgroup, mo.group()) for mo in scanner.finditer("x = y1 + 42") if mo.lastgroup != "WS"])
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "programming in python"), re.I | re.M, re.NOFLAG if hasattr(re, "NOFLAG") else 0)
