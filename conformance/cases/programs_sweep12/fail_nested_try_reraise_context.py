import json


def load_user(raw):
    try:
        data = json.loads(raw)
        return {"name": data["name"], "age": int(data["age"])}
    except KeyError as e:
        raise ValueError(f"missing field {e}") from e


def load_all(raws):
    users = []
    for i, raw in enumerate(raws):
        try:
            users.append(load_user(raw))
        except ValueError as e:
            print(f"record {i} skipped: {e}")
            if "age" in str(e):
                raise
    return users


print(load_all(['{"name": "ann", "age": "31"}', '{"age": 5}']))
print(load_all(['{"name": "bob", "age": 40}', '{"name": "cy"}']))
