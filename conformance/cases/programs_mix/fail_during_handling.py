import json


def load_user(raw):
    try:
        data = json.loads(raw)
        return data["user"]["name"]
    except KeyError:
        print("missing key, logging", raw)
        log = {"count": 0}
        log["errors"] += 1


print(load_user('{"user": {"name": "ann"}}'))
print(load_user('{"user": {}}'))
