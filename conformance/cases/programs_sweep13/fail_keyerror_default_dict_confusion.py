from collections import defaultdict, Counter

words = "the cat and the hat and the bat".split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(dict(counts))
c = Counter(words)
print(c["dog"], c.most_common(1))
plain = dict(counts)
print(plain["the"], plain.get("dog", 0))
print(plain["dog"])
