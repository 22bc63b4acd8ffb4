words = []
for i in range(100_000):
    words.append(f"w{i % 997}-{i:05d}")
text = " ".join(words)
counts = {}
for w in text.split():
    key = w.split("-")[0]
    counts[key] = counts.get(key, 0) + 1
print(len(text), len(counts), max(counts.values()))
print(text.upper().count("W1"), text.replace("-", "").find("w996"))
