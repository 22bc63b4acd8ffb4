import json
from datetime import date


def to_json(obj):
    try:
        return json.dumps(obj, sort_keys=True)
    except TypeError as e:
        raise TypeError(f"cannot export {sorted(obj)}: {e}") from None


event = {"name": "launch", "attendees": ["ann", "bo"], "budget": 1200.5}
print(to_json(event))
event["when"] = date(2024, 5, 17)
print(to_json(event))
