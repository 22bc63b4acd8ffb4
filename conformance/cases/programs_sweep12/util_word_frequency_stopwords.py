import re
from collections import Counter

TEXT = """It is a truth universally acknowledged, that a single man in possession of a good
fortune, must be in want of a wife. However little known the feelings or views of such a man
may be on his first entering a neighbourhood, this truth is so well fixed in the minds of the
surrounding families, that he is considered as the rightful property of some one or other of
their daughters."""
STOP = set("a an the of in is be that to or as on his he so this some their may must one other".split())

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(w for w in words if w not in STOP)
print(len(words), "words,", len(set(words)), "distinct,", len(freq), "after stopwords")
for word, n in freq.most_common(6):
    print(f"{word:<12}{n:>3} {'#' * n}")
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
sentences = [s.strip() for s in re.split(r"[.!?]", TEXT) if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
longest = max(words, key=len)
print(longest, words.index(longest), sum(map(len, words)) / len(words))
caps = re.findall(r"\b[A-Z]\w*", TEXT)
print(caps, freq["truth"], freq["nope"], +freq == freq, (freq - Counter(truth=5))["truth"])
