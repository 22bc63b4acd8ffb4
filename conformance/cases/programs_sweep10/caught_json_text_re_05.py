import json
try:
    json.loads('[1, 2')
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
