from collections import namedtuple, defaultdict, Counter
from operator import itemgetter
import json

Score = namedtuple("Score", "student subject score")
raw = """
ana math 91
ana physics 78
ana history 85
ben math 67
ben physics 88
ben history 72
cho math 99
cho physics 95
cho history 60
dev math 55
dev physics 61
"""
scores = [Score(n, s, int(v)) for n, s, v in (l.split() for l in raw.strip().splitlines())]
by_student = defaultdict(dict)
for sc in scores:
    by_student[sc.student][sc.subject] = sc.score
subjects = sorted({sc.subject for sc in scores})
header = f"{'name':<6}" + "".join(f"{s:>9}" for s in subjects) + f"{'avg':>8}"
print(header)
print("=" * len(header))
for name in sorted(by_student):
    row = by_student[name]
    avg = sum(row.values()) / len(row)
    cells = "".join(f"{row.get(s, '-'):>9}" for s in subjects)
    print(f"{name:<6}{cells}{avg:>8.2f}")
def letter(x):
    return "A" if x >= 90 else "B" if x >= 80 else "C" if x >= 70 else "D" if x >= 60 else "F"
dist = Counter(letter(sc.score) for sc in scores)
for g in "ABCDF":
    print(g, "#" * dist[g], dist[g])
best = {}
for subj in subjects:
    top = max((sc for sc in scores if sc.subject == subj), key=itemgetter(2))
    best[subj] = top.student
print(json.dumps(best))
ranking = sorted(by_student.items(), key=lambda kv: -sum(kv[1].values()) / len(kv[1]))
print([(n, round(sum(d.values()) / len(d), 1)) for n, d in ranking])
print(min(scores, key=lambda s: (s.score, s.student)), Score._make(["x", "y", 1]))
missing = {n: [s for s in subjects if s not in d] for n, d in by_student.items()}
print({k: v for k, v in missing.items() if v})
