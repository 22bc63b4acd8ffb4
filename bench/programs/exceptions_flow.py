# Exception-heavy control flow: EAFP dict and int parsing, custom
# exception classes with arguments, raise from, try/finally and with
# blocks in loops, and exceptions crossing a few frames.
class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(f"{field}: {reason}")
        self.field = field


class Guard:
    entered = 0

    def __enter__(self):
        Guard.entered += 1
        return self

    def __exit__(self, kind, value, tb):
        return kind is KeyError


def parse(text):
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return None


def validate(record):
    if record["age"] < 0:
        raise ValidationError("age", "negative")
    if not record["name"]:
        raise ValidationError("name", "empty")
    return record["age"]


def load(record):
    try:
        return validate(record)
    except KeyError as exc:
        raise ValidationError(exc.args[0], "missing") from exc


tokens = ["12", "x", "3.5", "", "-7", "1e3", "abc", "42"] * 15000
parsed = [parse(t) for t in tokens]
print(sum(p for p in parsed if p is not None), parsed.count(None))

counts = {}
for i in range(150000):
    key = i % 300
    try:
        counts[key] += 1
    except KeyError:
        counts[key] = 1
print(len(counts), counts[7])

records = []
for i in range(60000):
    r = {"name": "n" * (i % 3), "age": i % 50 - 5}
    if i % 11 == 0:
        del r["age"]
    records.append(r)
ok = 0
errors = {}
for r in records:
    try:
        ok += load(r)
    except ValidationError as exc:
        errors[exc.field] = errors.get(exc.field, 0) + 1
    finally:
        ok += 1
print(ok, sorted(errors.items()))

swallowed = 0
for i in range(60000):
    with Guard():
        if i % 3 == 0:
            raise KeyError(i)
        swallowed += 1
print(swallowed, Guard.entered)
