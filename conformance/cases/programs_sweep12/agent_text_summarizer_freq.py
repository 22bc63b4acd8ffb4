import re
from collections import Counter

ARTICLE = """Python is a high-level programming language. Its design philosophy emphasizes code readability.
Python is dynamically typed and garbage-collected. It supports multiple programming paradigms,
including structured, object-oriented and functional programming. Python is often described as a
batteries included language due to its comprehensive standard library. Guido van Rossum began working
on Python in the late 1980s. Python consistently ranks as one of the most popular programming languages."""
STOP = set("is a its and the as of on in to due it one most often".split())
sentences = re.split(r"(?<=[.!?])\s+", ARTICLE.replace("\n", " ").strip())
words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]+", ARTICLE)]
freq = Counter(w for w in words if w not in STOP)
top = freq.most_common(5)
print("top words:", top)
peak = top[0][1]
scores = []
for i, s in enumerate(sentences):
    ws = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]+", s)]
    score = sum(freq[w] / peak for w in ws if w not in STOP) / max(1, len(ws))
    scores.append((score, i, s))
best = sorted(sorted(scores, reverse=True)[:2], key=lambda t: t[1])
print("summary:")
for score, i, s in best:
    print(f"  [{i}] ({score:.3f}) {s}")
print(len(sentences), "sentences,", len(words), "words,", len(set(words)), "distinct")
print("reading time ~", max(1, round(len(words) / 200)), "min")
