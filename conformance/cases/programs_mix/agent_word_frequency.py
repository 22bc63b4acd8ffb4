import re
import string
from collections import Counter, defaultdict

DOC = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

STOP = {"it", "was", "the", "of"}


def words(text):
    table = str.maketrans("", "", string.punctuation)
    return text.translate(table).lower().split()


def top(counter, n):
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


ws = words(DOC)
c = Counter(w for w in ws if w not in STOP)
print(len(ws), len(set(ws)), sum(c.values()))
for w, n in top(c, 5):
    print(f"{w:>8} | {'*' * n:<4}| {n / len(ws):.2%}")
bigrams = Counter(zip(ws, ws[1:]))
print([(" ".join(bg), n) for bg, n in top(bigrams, 3)])
by_len = defaultdict(set)
for w in ws:
    by_len[len(w)].add(w)
print({k: sorted(v) for k, v in sorted(by_len.items()) if k > 5})
letters = Counter(ch for ch in DOC.lower() if ch.isalpha())
print("".join(ch for ch, _ in top(letters, 6)), letters["e"], letters["z"])
sentences = [s.strip() for s in re.split(r"[,.]\s*", DOC) if s.strip()]
print(len(sentences), max(sentences, key=len), min(map(len, sentences)))
caps = re.findall(r"\b[A-Z][a-z]+\b", DOC)
print(caps, Counter(caps).most_common(1))
first_letters = Counter(w[0] for w in ws)
print(sorted(first_letters.items())[:5], first_letters.most_common()[-1])
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, DOC.count("it was"), DOC.lower().count("it was"), DOC.find("age"), DOC.rfind("age"))
print(f"{'word':<10}{'count':>6}\n{'-' * 16}\n" + "\n".join(f"{w:<10}{n:>6}" for w, n in c.most_common(3)))
