records = [
    {"id": 1, "name": "ann", "dept": "eng", "skills": ["py", "go"]},
    {"id": 2, "name": "bob", "dept": "ops", "skills": ["bash"]},
    {"id": 3, "name": "cy", "dept": "eng", "skills": []},
    {"id": 4, "name": "dee", "dept": "hr"},
]
by_id = {r["id"]: r for r in records}
by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(r["name"])
print(by_dept, list(by_id)[-1], by_id[2]["name"])
skills = {s: [r["name"] for r in records if s in r.get("skills", [])] for r0 in records for s in r0.get("skills", [])}
print(skills)
print({r["name"]: len(r.get("skills", ())) for r in records})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted, dict(sorted({"b": 1, "a": 2}.items())), {**by_dept, "new": []}.keys())
counts = {}
for r in records:
    counts[r["dept"]] = counts.get(r["dept"], 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), max(counts, key=counts.get))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"].get("c"), nested.get("x", {}).get("y"), "b" in nested["a"])
d = dict.fromkeys(["x", "y"], [])
d["x"].append(1)
print(d, d["x"] is d["y"])
e = {k: [] for k in "xy"}
e["x"].append(1)
print(e, list(e.items()) == [("x", [1]), ("y", [])], e == {"y": [], "x": [1]})
