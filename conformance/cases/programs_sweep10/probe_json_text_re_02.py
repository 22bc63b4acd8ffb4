import pprint
d = {"name": "x" * 30, "list": list(range(30)), "nested": {"a": [1, {"b": (2, 3)}], "z": "y" * 40}}
pprint.pprint(d); pprint.pprint(d, width=40, compact=True); print(pprint.pformat(d, depth=1)); pprint.pprint(list(range(5)), width=5)
import pprint
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False); pprint.pprint([{"x": 1}] * 3, indent=4, width=20)
import re
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05-01 x")
print(m.group(0), m["y"], m.groupdict(), m.span("m"), m.groups(), m.start(), m.end(2), m.lastgroup, m.lastindex, m.re.pattern, m.string, m.expand(r"\g<m>/\1"))
import re
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.subn("a", "b", "aaa", count=2), re.split(r"(,)\s*", "a, b,c"), re.split(r"\s+", " a b ", maxsplit=1))
print(re.findall(r"(\d)(\w)", "1a 2b"), [m.span() for m in re.finditer(r"\d+", "a12b345")], re.fullmatch(r"\d+", "123x"), re.escape("a.b*c"))
import re
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b5"), re.compile(r"x", re.I).search("aXb"), re.compile("a|b").flags, re.I | re.M)
import re
print(re.match("a", "b"), repr(re.compile(r"\d+", re.IGNORECASE)), re.search(r"^b", "a\nb", re.M).group(), re.sub("", "-", "abc"), re.findall(r"\b\w", "hi there"))
