import re

EMAIL = re.compile(r"^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
PHONE = re.compile(r"^\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s]?(\d{4})$")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
inputs = ["ann@example.com", "bad@", "x.y+z@sub.domain.org", "(555) 123-4567", "555.123.4567",
          "5551234", "2024-02-30", "1999-13-01", "on 2023-07-04 we"]
for s in inputs:
    res = []
    if EMAIL.match(s):
        res.append("email")
    m = PHONE.match(s)
    if m:
        res.append("phone " + "-".join(m.groups()))
    m = DATE.search(s)
    if m:
        res.append(f"date {m['y']}/{m['m']}/{m['d']} at {m.start()}")
    print(f"{s!r:22} {res or ['invalid']}")
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"\s+", " ", "  many   spaces\there \n"), re.sub("a|b", "", "abcab", count=2))
print(re.findall(r"\b\w", "the quick brown"), re.findall(r"(?i)QU", "Quick quiet"), re.findall(r"a(?=b)", "abac"))
print(re.match(r"(\d+)\.(\d+)", "3.14").expand(r"\2.\1"), re.compile(r"\d").flags & re.UNICODE != 0)
print([m.group() for m in re.finditer(r"\d+", "a1b22c333")], re.split(r"\b", "hi there")[:4])
