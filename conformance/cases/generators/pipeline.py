# Generator pipelines for text processing.
LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 81%
2024-01-02 ERROR disk full
2024-01-02 INFO retry
2024-01-03 ERROR timeout
2024-01-03 INFO done"""


def lines(text):
    for line in text.splitlines():
        yield line


def parse(rows):
    for row in rows:
        date, level, msg = row.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}


def only(level, records):
    return (r for r in records if r["level"] == level)


errors = list(only("ERROR", parse(lines(LOG))))
print(errors)
per_day = {}
for rec in parse(lines(LOG)):
    per_day[rec["date"]] = per_day.get(rec["date"], 0) + 1
print(per_day)
print(max(parse(lines(LOG)), key=lambda r: len(r["msg"]))["msg"])
words = (w for line in lines(LOG) for w in line.split()[2:])
print(sorted(set(words)))
