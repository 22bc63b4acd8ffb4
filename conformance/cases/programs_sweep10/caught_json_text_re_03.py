import json
print(json.dumps(float("nan"), allow_nan=True))
try:
    json.dumps(float("nan"), allow_nan=False)
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
