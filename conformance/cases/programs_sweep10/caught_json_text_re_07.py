import json
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), json.dumps({"d": 1j}, default=str))
try:
    json.dumps(1j, cls=Enc)
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
