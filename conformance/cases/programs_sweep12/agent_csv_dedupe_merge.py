import csv
import io

A = """email,name,plan,signup
ann@x.io,Ann,pro,2023-01-04
bob@y.io,Bob,free,2023-02-11
CY@z.io,Cy,free,2023-03-01
"""
B = """email,name,plan,signup
bob@y.io,Robert,team,2023-06-20
cy@z.io,Cy,free,2022-12-30
di@w.io,Di,pro,2023-07-07
"""
rank = {"free": 0, "pro": 1, "team": 2}
merged = {}
for source, text in (("A", A), ("B", B)):
    for row in csv.DictReader(io.StringIO(text)):
        key = row["email"].lower()
        row["email"] = key
        row["source"] = source
        old = merged.get(key)
        if old is None:
            merged[key] = row
            continue
        best = dict(old)
        best["plan"] = max(old["plan"], row["plan"], key=rank.get)
        best["signup"] = min(old["signup"], row["signup"])
        best["name"] = max(old["name"], row["name"], key=len)
        best["source"] = old["source"] + "+" + source
        merged[key] = best
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["email", "name", "plan", "signup", "source"], lineterminator="\n")
w.writeheader()
w.writerows(sorted(merged.values(), key=lambda r: r["signup"]))
print(out.getvalue(), end="")
print({p: sum(1 for r in merged.values() if r["plan"] == p) for p in rank})
