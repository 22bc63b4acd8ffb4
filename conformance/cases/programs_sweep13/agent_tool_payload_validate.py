import json
from dataclasses import dataclass, field, asdict
from enum import Enum


class Unit(Enum):
    CELSIUS = "c"
    FAHRENHEIT = "f"


@dataclass
class WeatherRequest:
    city: str
    days: int = 1
    unit: Unit = Unit.CELSIUS
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if not self.city.strip():
            raise ValueError("city must not be empty")
        if not 1 <= self.days <= 7:
            raise ValueError(f"days must be between 1 and 7, got {self.days}")


def parse_call(payload):
    data = json.loads(payload)
    if data.get("tool") != "get_weather":
        return None, f"unknown tool {data.get('tool')!r}"
    args = data.get("arguments", {})
    try:
        args["unit"] = Unit(args.get("unit", "c"))
        return WeatherRequest(**args), None
    except (ValueError, TypeError) as e:
        return None, f"{type(e).__name__}: {e}"


calls = [
    '{"tool": "get_weather", "arguments": {"city": "Oslo", "days": 3, "unit": "f"}}',
    '{"tool": "get_weather", "arguments": {"city": "  ", "days": 2}}',
    '{"tool": "get_weather", "arguments": {"city": "Lima", "days": 9}}',
    '{"tool": "get_weather", "arguments": {"city": "Rome", "unit": "k"}}',
    '{"tool": "get_weather", "arguments": {"city": "Kyiv", "hours": 4}}',
    '{"tool": "send_email", "arguments": {}}',
]
for raw in calls:
    req, err = parse_call(raw)
    if err:
        print("rejected:", err)
    else:
        d = asdict(req)
        d["unit"] = req.unit.name
        print("accepted:", json.dumps(d, sort_keys=True))
