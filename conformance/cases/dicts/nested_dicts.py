# Nested dicts: a small student database.
db = {
    "alice": {"age": 20, "grades": {"math": 90, "art": 75}},
    "bob": {"age": 22, "grades": {"math": 60, "physics": 85}},
}
db["carol"] = {"age": 19, "grades": {}}
db["carol"]["grades"]["math"] = 100
db["bob"]["grades"]["math"] += 5
for name, info in db.items():
    grades = info["grades"]
    avg = sum(grades.values()) / len(grades) if grades else 0
    print(name, info["age"], grades, round(avg, 1))
print(db["alice"]["grades"].get("physics", "n/a"))
subjects = {}
for name, info in db.items():
    for subject, g in info["grades"].items():
        subjects.setdefault(subject, {})[name] = g
print(subjects)
print(max(db, key=lambda n: db[n]["grades"].get("math", 0)))
try:
    db["dave"]["age"]
except KeyError as e:
    print("KeyError", e)
try:
    db["alice"]["grades"]["history"]
except KeyError as e:
    print("KeyError", e)
