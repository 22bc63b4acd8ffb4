import json
try:
    json.loads('[1] x')
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
