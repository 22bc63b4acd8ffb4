import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
STOP = {"it", "was", "the", "of"}
words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(w for w in words if w not in STOP)
print(len(words), "words,", len(set(words)), "distinct,", len(counts), "after stop words")
top = counts.most_common(6)
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w:>{width}} {'█' * n} {n}")
bigrams = Counter(zip(words, words[1:]))
print([" ".join(b) for b, n in bigrams.most_common(3)])
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
print(max(words, key=len), sorted({w for w in words if len(w) > 8}))
sentences = [s.strip() for s in re.split(r"[,.]", TEXT) if s.strip()]
print(len(sentences), sentences[-1])
