import json
data = json.loads('{"a": 1}')
value = data["a"] + data.get("b")
