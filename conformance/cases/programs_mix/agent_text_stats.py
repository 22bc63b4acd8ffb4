text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
import re, string
from collections import Counter
words = re.findall(r"[a-z']+", text.lower())
c = Counter(words)
print(len(words), len(c))
for w, n in c.most_common(5):
    print(f"{w:>8}: {'#' * n} ({n})")
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print(text.count("it was"), text.title()[:30])
table = str.maketrans("", "", string.punctuation)
print(lines[0].translate(table))
caps = " ".join(w.capitalize() for w in lines[1].split())
print(caps)
print(sorted(set(words), key=lambda w: (-len(w), w))[:4])
acr = "".join(w[0] for w in lines[2].split()).upper()
print(acr, acr[::-1], acr.center(20, "."))
print({ch: text.count(ch) for ch in "aeiou"})
print(" | ".join(f"{w}={n}" for w, n in sorted(c.items())[:4]))
wrapped = [text[i:i + 25] for i in range(0, 75, 25)]
print(wrapped)
