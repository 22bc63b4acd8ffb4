import itertools


def read_records(lines):
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield n, line.split(",")


def parse(records):
    for n, (city, temp, hum) in records:
        try:
            yield city, float(temp), int(hum)
        except ValueError:
            print(f"  line {n}: skipped bad values {temp!r}, {hum!r}")


def windowed(it, size):
    window = []
    for item in it:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


DATA = """# city,temp,humidity
oslo,3.5,80
oslo,4.0,75
lima,19.5,60
lima,n/a,61
oslo,2.5,90

lima,21.0,55
cairo,30.5,20
"""
rows = list(parse(read_records(DATA.splitlines())))
print(rows)
for city, group in itertools.groupby(sorted(rows), key=lambda r: r[0]):
    temps = [t for _, t, _ in group]
    print(city, len(temps), sum(temps) / len(temps))
print([round(sum(t for _, t, _ in w) / 3, 2) for w in windowed(iter(rows), 3)])
evens = (x for x in itertools.count() if x % 2 == 0)
print(list(itertools.islice(evens, 5)), next(evens))
print(list(itertools.takewhile(lambda r: r[1] < 20, rows)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
