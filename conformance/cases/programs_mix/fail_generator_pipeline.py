LOG = """INFO 10 start
WARN 25 disk
INFO 12 tick
ERROR x9 crash
INFO 30 stop"""


def lines(text):
    for line in text.splitlines():
        yield line.strip()


def parse(rows):
    for row in rows:
        level, ms, msg = row.split()
        yield level, int(ms), msg


def slow(records, limit):
    return (r for r in records if r[1] > limit)


total = 0
for level, ms, msg in slow(parse(lines(LOG)), 11):
    total += ms
    print(f"{level:<5}{ms:>4} {msg}")
print("total", total)
