{}.get("a", default=1)
