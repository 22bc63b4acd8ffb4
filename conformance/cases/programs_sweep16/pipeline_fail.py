import json
from dataclasses import dataclass

@dataclass
class Row:
    user: str
    amount: float

def parse(lines):
    for n, line in enumerate(lines, 1):
        obj = json.loads(line)
        yield Row(obj["user"], float(obj["amount"]))

def total(rows):
    acc = {}
    for r in rows:
        acc[r.user] = acc.get(r.user, 0) + r.amount
    return acc

LINES = ['{"user": "a", "amount": "1.5"}', '{"user": "b", "amount": 2}', '{"user": "a", "amount": "x"}']
print(total(parse(LINES[:2])))
try:
    total(parse(LINES))
except ValueError as e:
    print("ValueError", e)
print(total(parse(LINES[:1] + ['{"user": "c"}'])))
