tasks = [{"name": "a", "due": 3}, {"name": "b", "due": 1}, {"name": "c", "due": None}]
print(sorted(tasks[:2], key=lambda t: t["due"]))
print(sorted(tasks, key=lambda t: (t["due"] is None, t["due"] or 0)))
print(max(t["due"] for t in tasks))
