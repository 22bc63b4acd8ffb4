# Counting with dicts: characters, pairs, and top-k.
text = "she sells sea shells by the sea shore"
freq = {}
for ch in text.replace(" ", ""):
    freq[ch] = freq.get(ch, 0) + 1
print(freq)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
bigrams = {}
words = text.split()
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(bigrams)
first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print(first_seen)
dupes = [w for w in first_seen if words.count(w) > 1]
print(dupes)
