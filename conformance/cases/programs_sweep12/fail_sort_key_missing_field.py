people = [
    {"name": "ann", "age": 31},
    {"name": "bob", "age": 25},
    {"name": "cy"},
    {"name": "di", "age": 40},
]
print(sorted(p["name"] for p in people))
print([p["name"] for p in sorted(people, key=lambda p: p.get("age", 0))])
oldest = sorted(people, key=lambda p: p["age"], reverse=True)
print(oldest[0])
