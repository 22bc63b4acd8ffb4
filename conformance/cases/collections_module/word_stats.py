# Everyday text statistics with Counter and defaultdict.
from collections import Counter, defaultdict

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in text.split()]
counts = Counter(words)
print(counts.most_common(5))
print(counts["was"], counts["missing"], len(counts), counts.total())
by_length = defaultdict(list)
for w in sorted(set(words)):
    by_length[len(w)].append(w)
for length in sorted(by_length):
    print(length, by_length[length])
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(3), sorted(letters)[:5])
first_letters = Counter(w[0] for w in words)
print(sorted(first_letters.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
inventory = Counter(apples=3, pears=1)
inventory.update(apples=2, plums=4)
inventory.subtract({"pears": 2})
print(inventory, +inventory, inventory - Counter(plums=10))
anagrams = defaultdict(set)
for w in ["listen", "silent", "enlist", "google", "elgoog", "cat", "act", "tac"]:
    anagrams["".join(sorted(w))].add(w)
print(sorted(sorted(g) for g in anagrams.values()))
graph = defaultdict(lambda: defaultdict(int))
for a, b in [("x", "y"), ("x", "y"), ("y", "z")]:
    graph[a][b] += 1
print({k: dict(v) for k, v in graph.items()})
