hits = 0


def record(url):
    if url.startswith("http"):
        hits += 1
    return hits


print([u for u in ["http://a", "ftp://b"] if u.startswith("http")])
print(record("http://example.com"))
