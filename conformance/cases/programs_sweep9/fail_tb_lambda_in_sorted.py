people = [{"name": "ann", "age": 31}, {"name": "bob", "age": "unknown"}]
print(sorted(people, key=lambda p: p["age"] + 0))
