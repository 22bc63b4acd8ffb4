company = {
    "name": "Initech",
    "departments": [
        {"name": "Engineering", "budget": 500_000, "teams": [
            {"name": "Backend", "members": [{"name": "Ann", "salary": 120_000, "skills": ["go", "sql"]},
                                            {"name": "Bob", "salary": 95_000, "skills": ["python", "sql"]}]},
            {"name": "Frontend", "members": [{"name": "Cy", "salary": 105_000, "skills": ["ts", "css"]}]},
        ]},
        {"name": "Sales", "budget": 200_000, "teams": [
            {"name": "EMEA", "members": [{"name": "Di", "salary": 70_000, "skills": ["german"]},
                                         {"name": "Ed", "salary": 72_000, "skills": []}]},
        ]},
        {"name": "Research", "budget": 50_000, "teams": []},
    ],
}
people = [(d["name"], t["name"], m) for d in company["departments"] for t in d["teams"] for m in t["members"]]
print(len(people), [m["name"] for *_, m in people])
payroll = {}
for dept, _, m in people:
    payroll[dept] = payroll.get(dept, 0) + m["salary"]
for d in company["departments"]:
    spent = payroll.get(d["name"], 0)
    print(f"{d['name']:<12} budget {d['budget']:>9,} payroll {spent:>9,} {'OVER' if spent > d['budget'] else 'ok'}")
skills = sorted({s for *_, m in people for s in m["skills"]})
print(skills)
who_knows = {s: [m["name"] for *_, m in people if s in m["skills"]] for s in skills}
print({k: v for k, v in who_knows.items() if len(v) > 1})
top = max(people, key=lambda p: p[2]["salary"])
print(top[2]["name"], top[0], top[1])
empty = [d["name"] for d in company["departments"] if not any(t["members"] for t in d["teams"])]
print("departments without people:", empty)
