import json
from dataclasses import dataclass, asdict, is_dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from fractions import Fraction


class Priority(Enum):
    LOW = 1
    HIGH = 3


@dataclass
class Task:
    title: str
    due: date
    cost: Decimal
    priority: Priority
    share: Fraction


class AgentEncoder(json.JSONEncoder):
    def default(self, o):
        if is_dataclass(o):
            return {"__type__": type(o).__name__, **asdict(o)}
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, Enum):
            return o.name
        if isinstance(o, Fraction):
            return [o.numerator, o.denominator]
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


tasks = [
    Task("file taxes", date(2024, 4, 15), Decimal("120.50"), Priority.HIGH, Fraction(1, 3)),
    Task("water plants", date(2024, 1, 2), Decimal("0"), Priority.LOW, Fraction(2, 4)),
]
text = json.dumps({"tasks": tasks, "labels": {"home", "admin"}}, cls=AgentEncoder, indent=1)
print(text)
back = json.loads(text)
print(back["tasks"][0]["cost"], back["labels"])
try:
    json.dumps({"x": object.__new__(object)}, cls=AgentEncoder)
except TypeError as e:
    print("TypeError:", e)
