import json
config = '{"name": "svc",\n "ports": [80, 443,],\n "debug": true}'
def load(text):
    return json.loads(text)
print("loading")
cfg = load(config)
print(cfg)
