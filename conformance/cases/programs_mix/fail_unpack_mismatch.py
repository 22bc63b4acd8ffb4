RAW = """name=alice;age=30;city=paris
name=bob;age=25
name=carol;age=41;city=rome;extra"""


def parse(record):
    out = {}
    for pair in record.split(";"):
        key, value = pair.split("=")
        out[key] = int(value) if value.isdigit() else value
    return out


people = []
for line in RAW.splitlines():
    person = parse(line)
    people.append(person)
    print(f"{person['name']:<6} {person['age']:>3} {person.get('city', '-')}")
