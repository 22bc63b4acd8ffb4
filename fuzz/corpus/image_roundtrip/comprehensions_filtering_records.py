# Filtering and projecting records.
employees = [
    {"name": "Ann", "dept": "eng", "salary": 120, "years": 5},
    {"name": "Bob", "dept": "ops", "salary": 90, "years": 2},
    {"name": "Cid", "dept": "eng", "salary": 105, "years": 8},
    {"name": "Dee", "dept": "hr", "salary": 70, "years": 1},
    {"name": "Eve", "dept": "eng", "salary": 150, "years": 12},
]
print([e["name"] for e in employees if e["dept"] == "eng"])
print([(e["name"], e["salary"]) for e in employees if e["salary"] > 100 and e["years"] > 5])
print({e["name"]: e["salary"] * 1.05 for e in employees if e["dept"] != "hr"})
depts = sorted({e["dept"] for e in employees})
print({d: sum(e["salary"] for e in employees if e["dept"] == d) for d in depts})
print({d: [e["name"] for e in employees if e["dept"] == d] for d in depts})
print(sorted((e["years"], e["name"]) for e in employees)[-2:])
