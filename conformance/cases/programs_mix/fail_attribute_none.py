import re
from dataclasses import dataclass


@dataclass
class Record:
    name: str
    email: str


PATTERN = re.compile(r"(?P<user>[\w.]+)@(?P<domain>[\w.]+)")


def domain_of(record):
    match = PATTERN.search(record.email)
    return match.group("domain")


def tally(records):
    counts = {}
    for r in records:
        d = domain_of(r)
        counts[d] = counts.get(d, 0) + 1
        print(f"{r.name:<6} -> {d}")
    return counts


people = [Record("ann", "ann@example.com"), Record("bo", "bo.x@test.org"),
          Record("cy", "cy at nowhere")]
print(tally(people))
