import json
try:
    json.loads('{"a" 1}')
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
