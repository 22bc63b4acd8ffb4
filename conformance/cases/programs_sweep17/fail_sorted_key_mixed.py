# Sorting records whose key function hits a None deep inside a lambda.
records = [
    {"name": "alpha", "score": 91, "meta": {"rank": 2}},
    {"name": "beta", "score": 78, "meta": {"rank": 5}},
    {"name": "gamma", "score": 91, "meta": {"rank": 1}},
]
by_score = sorted(records, key=lambda r: (-r["score"], r["meta"]["rank"]))
print([r["name"] for r in by_score])
records.append({"name": "delta", "score": None, "meta": {"rank": 3}})
by_name = sorted(records, key=lambda r: r["name"][::-1])
print([r["name"] for r in by_name])
ranked = sorted(
    records,
    key=lambda r: (
        r["meta"]["rank"],
        -r["score"],
    ),
)
print(ranked)
