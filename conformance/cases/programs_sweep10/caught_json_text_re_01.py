import json
try:
    json.dumps({(1, 2): 3})
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
