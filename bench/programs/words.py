# Everyday text processing: split/strip/join pipelines, str methods in a
# loop, `in` tests, slicing, character loops, translate/replace, sorting
# words by str.lower, counting words with a dict and Counter, and report
# lines built with f-strings, str.format and '%'.
from collections import Counter

base = ("The quick Brown fox, jumps over the lazy dog; "
        "Sphinx of black quartz judge my VOW. ")
lines = [f"  {base[i % 40:]}{i} item-{i % 13}  \n" for i in range(60000)]

words = []
for line in lines:
    for part in line.strip().split():
        w = part.strip(",.;").lower()
        if w and w.isalpha():
            words.append(w)
counts = Counter(words)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1

table = str.maketrans("aeiou", "AEIOU", ",;")
vowels = 0
for line in lines[:12000]:
    t = line.translate(table).replace("  ", " ")
    for ch in t:
        if ch in "AEIOU":
            vowels += 1

hits = sum(1 for line in lines if "fox" in line and line.startswith("  T"))
uniq = sorted(set(p for line in lines[:2000] for p in line.split()), key=str.lower)

report = []
for rank, (w, n) in enumerate(counts.most_common(12)):
    report.append(f"{rank:>3}. {w:<10} {n:6d} {n / len(words):7.2%}")
    report.append("{0:>3}| {1:^12}|{2:>8}".format(rank, w.title(), n))
    report.append("%-10s %5d %s" % (w, n, w[::-1][:3]))
out = "\n".join(report)
joined = "".join(w[0] for w in words if w)
print(len(words), len(counts), freq["the"], vowels, hits, len(uniq), uniq[:3])
print(out)
print(len(joined), joined[:30], joined.count("t"))
