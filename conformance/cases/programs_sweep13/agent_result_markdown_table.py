import json

results = json.loads("""[
 {"model": "small", "accuracy": 0.8123, "latency_ms": 120, "cost": 0.0004},
 {"model": "medium", "accuracy": 0.8731, "latency_ms": 340, "cost": 0.0021},
 {"model": "large", "accuracy": 0.9012, "latency_ms": 910, "cost": 0.0150},
 {"model": "tiny", "accuracy": 0.6650, "latency_ms": 45, "cost": 0.0001}
]""")
best = max(results, key=lambda r: r["accuracy"])
cheapest = min(results, key=lambda r: r["cost"])
header = ["model", "accuracy", "latency", "cost/1k", "score"]
rows = []
for r in sorted(results, key=lambda r: -r["accuracy"]):
    score = r["accuracy"] / (1 + r["latency_ms"] / 1000)
    marks = ("*" if r is best else "") + ("$" if r is cheapest else "")
    rows.append([r["model"] + marks, f"{r['accuracy']:.1%}", f"{r['latency_ms']} ms", f"${r['cost'] * 1000:.2f}", f"{score:.3f}"])
widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]
print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
print("|" + "|".join((":" + "-" * (w + 1)) if i == 0 else ("-" * (w + 1) + ":") for i, w in enumerate(widths)) + "|")
for row in rows:
    print("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))) + " |")
print(json.dumps({"best": best["model"], "cheapest": cheapest["model"]}))
