import re

raw = ["Ann.Smith@Example.com", " ann.smith@example.com", "bob+news@gmail.com", "b.o.b@gmail.com",
       "cy@EXAMPLE.COM ", "not-an-email", "dee@sub.example.org", "DEE@sub.example.org", ""]


def normalize(addr):
    addr = addr.strip().lower()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", addr):
        raise ValueError(f"invalid address {addr!r}")
    local, domain = addr.split("@")
    if domain in ("gmail.com", "googlemail.com"):
        local = local.split("+", 1)[0].replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


seen = {}
invalid = []
for a in raw:
    try:
        key = normalize(a)
    except ValueError as e:
        invalid.append(str(e))
        continue
    seen.setdefault(key, []).append(a.strip())
for k, v in seen.items():
    print(f"{k:<24} {len(v)} {v}")
print(invalid)
