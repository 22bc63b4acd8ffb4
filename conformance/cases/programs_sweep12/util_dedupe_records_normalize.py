import unicodedata
import re
from collections import defaultdict

contacts = [
    {"name": "José Álvarez", "email": "Jose.Alvarez@Example.com ", "phone": "+1 (555) 010-2000"},
    {"name": "jose alvarez", "email": "jose.alvarez@example.com", "phone": "555.010.2000"},
    {"name": "Zoë Smith", "email": "zoe@smith.io", "phone": ""},
    {"name": "ZOE  SMITH", "email": "z.smith@work.org", "phone": "5550103000"},
    {"name": "Ann Lee", "email": "ann@lee.net", "phone": "555-010-4000"},
]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).strip().casefold()


def phone_key(p):
    digits = re.sub(r"\D", "", p)
    return digits[-10:] if len(digits) >= 10 else digits or None


groups = defaultdict(list)
for i, c in enumerate(contacts):
    groups[fold(c["name"])].append(i)
print({k: v for k, v in groups.items()})
merged = []
for key, idxs in groups.items():
    recs = [contacts[i] for i in idxs]
    emails = sorted({r["email"].strip().lower() for r in recs})
    phones = sorted({k for r in recs if (k := phone_key(r["phone"]))})
    merged.append({"name": max((r["name"] for r in recs), key=lambda n: sum(not c.isascii() for c in n)),
                   "emails": emails, "phones": phones, "sources": idxs})
for m in merged:
    print(m)
print(fold("Ǆungla ﬁnal Ⅻ"), unicodedata.normalize("NFC", "e\u0301") == "é", unicodedata.name("é"))
