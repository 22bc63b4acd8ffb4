import sys

scores = {}
for line in sys.stdin:
    name, value = line.split(":")
    value = value.strip()
    scores[name] = int(value) if value.isdigit() else value
print(scores)
print("best:", max(scores, key=scores.get))
