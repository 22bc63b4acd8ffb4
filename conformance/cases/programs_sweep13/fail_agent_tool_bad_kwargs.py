def search(query, *, limit=10, lang="en"):
    return [f"{lang}:{query}:{i}" for i in range(min(limit, 3))]


def run(call):
    return search(call["query"], **call.get("options", {}))


print(run({"query": "moat"}))
print(run({"query": "moat", "options": {"limit": 2}}))
print(run({"query": "moat", "options": {"limit": 2, "language": "de"}}))
