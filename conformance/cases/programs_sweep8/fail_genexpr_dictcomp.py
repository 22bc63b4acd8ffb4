rows = [{"a": 1, "b": 2}, {"a": 3}]
out = list({k: r[k] * 2 for k in ("a", "b")} for r in rows)
