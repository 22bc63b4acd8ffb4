import json


def main():
    payload = {"ids": [1, 2], "tags": {"x"}}
    print(json.dumps(payload["ids"]))
    print(json.dumps(payload))


try:
    main()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e).__module__, repr(e))
