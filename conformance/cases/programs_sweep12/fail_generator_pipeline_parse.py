LOG = """\
2024-01-03 12:00:01 INFO start
2024-01-03 12:00:05 WARN disk 91%
2024-01-03 12:00:09 INFO tick
2024-01-03 12:00:10 ERROR disk full
garbage line
2024-01-03 12:00:12 INFO stop"""


def lines(text):
    for line in text.splitlines():
        yield line.strip()


def parse(rows):
    for row in rows:
        date, time, level, msg = row.split(" ", 3)
        yield level, msg


def only(levels, records):
    return ((lvl, msg) for lvl, msg in records if lvl in levels)


count = 0
for level, msg in only({"WARN", "ERROR"}, parse(lines(LOG))):
    count += 1
    print(f"[{level:>5}] {msg}")
print("total", count)
