import re, string, unicodedata
from collections import Counter
import textwrap

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness... Café naïve résumé — “quotes” ‘single’!"""

words = re.findall(r"[a-zà-ÿ']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq), freq.most_common(5))
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print({w: n for w, n in freq.items() if len(w) > 8})
sent = re.split(r"(?<=[.!?])\s+", TEXT)
print(len(sent), [s[:20] for s in sent])
print(TEXT.translate(str.maketrans("", "", string.punctuation))[:80])
print(TEXT.title()[:60], TEXT.swapcase()[:30], TEXT.casefold()[-40:])
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
print(strip_accents("Café naïve résumé Ångström"), unicodedata.name("é"), unicodedata.lookup("EM DASH"), unicodedata.category("—"))
print(len("é"), len(unicodedata.normalize("NFD", "é")), unicodedata.normalize("NFC", "e\u0301") == "é", unicodedata.numeric("½"), unicodedata.decimal("7"))
print("straße".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ß".casefold(), "Σ".lower(), "ΣΑΣ".lower())
print("  x  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split(), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print("hello".center(11, "*"), "42".zfill(5), "-42".zfill(5), "abc".ljust(5, "."), "tab\tbed".expandtabs(4), "Hello World".partition(" "), "a.b.c".rpartition("."))
print("CamelCaseString".replace("C", "_c"), re.sub(r"(?<!^)(?=[A-Z])", "_", "CamelCaseString").lower(), "snake_case_here".title().replace("_", ""))
print("ab" * 3, "abc"[::-1], "abcdef"[1:5:2], "x".join("abc"), ", ".join(map(str, range(5))), "%s-%05.2f-%x-%o-%e-%r" % ("s", 3.14159, 255, 8, 12345.678, "r"))
print("{:^10}|{:<5}|{:>5}|{:+d}|{:,}|{:_x}|{:08.3f}|{:.2%}|{!r:>8}".format("mid", "l", "r", 5, 1234567, 65535, -3.14159, 0.1234, "q"))
print("Ünïcödé".encode("utf-8"), "Ünïcödé".encode("ascii", "replace"), "Ünïcödé".encode("ascii", "ignore"), "é".encode("latin-1"), b"caf\xc3\xa9".decode())
print("Ünïcödé".encode("ascii", "xmlcharrefreplace"), "Ünïcödé".encode("ascii", "backslashreplace"), b"\xff".decode("utf-8", "replace"), b"ab\xff".decode("utf-8", "ignore"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print("abc".isalpha(), "123".isdigit(), "½".isnumeric(), "½".isdigit(), "x1".isalnum(), " ".isspace(), "Title Case".istitle(), "id_1".isidentifier(), "ABC".isupper(), "".islower())
print(textwrap.fill(" ".join(w for w, _ in freq.most_common(30)), 50))
print(ord("€"), chr(8364), hex(ord("😀")), "😀".encode("utf-16-le"), len("😀".encode("utf-16")), "\N{GREEK SMALL LETTER ALPHA}", ascii("naïve😀"))
print(sorted(["b", "B", "a", "A", "é", "e"]), sorted(["b", "B", "a", "A"], key=str.lower), max("hello"), min(["zz", "a", "m"], key=len))
print("{0}{1}{0}".format("ab", "cd"), "{x[0]}{y.real}".format(x=[7], y=2j), "{:{w}.{p}f}".format(3.14159, w=10, p=2), f"{'nested':{'>'}{12}}")
print(str.maketrans({"a": "1", "b": None}), "aabbcc".translate({ord("a"): "A", ord("b"): None}), "hello world".count("o"), "hello".find("z"), "hello".rfind("l"), "hello".index("l"))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError", e)
print("a\tb".expandtabs(), repr("line\x00\x1b[0m"), "%-6s|%6s|%.3s" % ("ab", "cd", "efghij"), "%c%c" % (65, "B"), "%(a)s %(b)d" % {"a": 1, "b": 2})
