import json

payload = """
{"run": "nightly-42", "results": [
  {"suite": "auth", "passed": 41, "failed": 1, "skipped": 2, "seconds": 12.5},
  {"suite": "billing", "passed": 88, "failed": 0, "skipped": 0, "seconds": 40.25},
  {"suite": "search", "passed": 17, "failed": 5, "skipped": 1, "seconds": 7.0},
  {"suite": "ui", "passed": 120, "failed": 3, "skipped": 14, "seconds": 95.75}
]}
"""

data = json.loads(payload)
rows = data["results"]
cols = ["suite", "passed", "failed", "skipped", "seconds", "rate"]
for r in rows:
    total = r["passed"] + r["failed"]
    r["rate"] = f"{r['passed'] / total:.1%}"
widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in cols}
sep = "+" + "+".join("-" * (widths[c] + 2) for c in cols) + "+"
print(f"Run {data['run']}")
print(sep)
print("| " + " | ".join(c.center(widths[c]) for c in cols) + " |")
print(sep)
for r in sorted(rows, key=lambda r: (-r["failed"], r["suite"])):
    cells = []
    for c in cols:
        v = str(r[c])
        cells.append(v.ljust(widths[c]) if c == "suite" else v.rjust(widths[c]))
    print("| " + " | ".join(cells) + " |")
print(sep)
summary = {
    "failed_suites": [r["suite"] for r in rows if r["failed"]],
    "total_seconds": sum(r["seconds"] for r in rows),
    "worst": max(rows, key=lambda r: r["failed"])["suite"],
}
print(json.dumps(summary, indent=2))
