import json

scores = {1: "gold", 2: "silver", 3: "bronze"}
restored = json.loads(json.dumps(scores))
print(restored)
print("winner:", scores[1])
print("winner again:", restored[1])
