from pprint import pprint, pformat

config = {
    "name": "pipeline",
    "stages": [
        {"id": "extract", "sources": ["s3://bucket/a", "s3://bucket/b"], "retries": 3},
        {"id": "transform", "ops": [("rename", {"old": "x", "new": "y"}), ("drop", ["tmp1", "tmp2", "tmp3"])]},
        {"id": "load", "target": {"db": "warehouse", "table": "facts", "mode": "append"}},
    ],
    "schedule": {"cron": "0 * * * *", "tz": "UTC"},
    "tags": ("etl", "hourly"),
}
pprint(config, width=70)
pprint(config, depth=2, width=50)
print(pformat(list(range(25)), width=30, compact=True))
print(pformat({"b": 1, "a": 2}), pformat({"b": 1, "a": 2}, sort_dicts=False))
