counts = {"a": 1}
words = ["a", "b", "a"]
for w in words:
    counts[w] += 1
