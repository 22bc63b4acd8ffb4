records = [{"name": "a", "age": 3}, {"name": "b"}, {"name": "c", "age": 1}]
ordered = sorted(records, key=lambda r: r["age"])
