# Validation pipeline using built-in exception types to signal problems.
def parse_record(line):
    parts = line.split(",")
    if len(parts) != 3:
        raise ValueError(f"expected 3 fields, got {len(parts)}: {line!r}")
    name, age, email = (p.strip() for p in parts)
    if not name:
        raise ValueError("empty name")
    try:
        age = int(age)
    except ValueError:
        raise ValueError(f"bad age {age!r}") from None
    if "@" not in email:
        raise LookupError(f"no @ in {email!r}")
    return {"name": name, "age": age, "email": email}


lines = ["ann, 31, ann@example.org", "bob,x,bob@example.org", "cid,40", ",22,a@b",
         "dee, 27, dee.example.org", "eve,35,eve@e.io"]
good, bad = [], []
for ln in lines:
    try:
        good.append(parse_record(ln))
    except ValueError as e:
        bad.append(("ValueError", str(e), e.__suppress_context__))
    except LookupError as e:
        bad.append(("LookupError", str(e), e.__suppress_context__))
print(good)
for b in bad:
    print(b)
