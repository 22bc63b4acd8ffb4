TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.

We had everything before us, we had nothing before us, we were all going direct
to Heaven, we were all going direct the other way."""


class TextStats:
    STOP = {"the", "of", "it", "was", "we", "a", "to", "us", "all", "had"}

    def __init__(self, text):
        self.text = text
        self.paragraphs = [p for p in text.split("\n\n") if p.strip()]
        self.words = [w.strip(".,;:!?\"'").lower() for w in text.split()]
        self.words = [w for w in self.words if w]

    def counts(self, skip_stop=False):
        freq = {}
        for w in self.words:
            if skip_stop and w in self.STOP:
                continue
            freq[w] = freq.get(w, 0) + 1
        return freq

    def top(self, n, skip_stop=False):
        return sorted(self.counts(skip_stop).items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def sentences(self):
        out, cur = [], []
        for ch in self.text.replace("\n", " "):
            cur.append(ch)
            if ch in ".!?":
                out.append("".join(cur).strip())
                cur = []
        return out

    def letter_histogram(self):
        hist = {}
        for ch in self.text.lower():
            if ch.isalpha():
                hist[ch] = hist.get(ch, 0) + 1
        return hist

    def bigrams(self, n=3):
        pairs = {}
        for a, b in zip(self.words, self.words[1:]):
            pairs[(a, b)] = pairs.get((a, b), 0) + 1
        return sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def summary(self):
        lengths = [len(w) for w in self.words]
        return {
            "paragraphs": len(self.paragraphs),
            "sentences": len(self.sentences()),
            "words": len(self.words),
            "unique": len(set(self.words)),
            "avg_len": round(sum(lengths) / len(lengths), 3),
            "longest": max(self.words, key=lambda w: (len(w), w)),
        }


ts = TextStats(TEXT)
for k, v in ts.summary().items():
    print(f"{k:>10}: {v}")
print(ts.top(5))
print(ts.top(6, skip_stop=True))
print(ts.bigrams(4))
hist = ts.letter_histogram()
peak = max(hist.values())
for ch in sorted(hist, key=lambda c: (-hist[c], c))[:6]:
    print(ch, "#" * (hist[ch] * 30 // peak), hist[ch])
for s in ts.sentences():
    print(len(s.split()), s[:40] + ("..." if len(s) > 40 else ""))
print(sorted(set(ts.words) - ts.STOP - {w for w in ts.words if len(w) < 6}))
caps = sorted({w.strip(",.") for w in TEXT.split() if w[0].isupper()})
print(caps)
