# Sorting 60000 records (dicts) by a tuple key, grouping and filtering.
import random
random.seed(3)
people = [{"name": "".join(random.choice("abcdefgh") for _ in range(6)), "age": random.randint(1, 90), "score": random.random()} for _ in range(60000)]
people.sort(key=lambda p: (p["age"], -p["score"]))
print(people[0]["name"], people[-1]["age"])
by_age = {}
for p in people:
    by_age.setdefault(p["age"], []).append(p["name"])
print(len(by_age), sum(len(v) for v in by_age.values()))
words = sorted(set(p["name"] for p in people), key=lambda w: (len(w), w))
print(words[:3], len(words))
print(sum(1 for p in people if p["name"].startswith("ab")))
