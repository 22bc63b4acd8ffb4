# Judge-style: read "name score score ..." lines until EOF with input(),
# compute per-student stats, class ranking with ties, and print(*...).
import sys
from statistics import mean, median, pstdev

students = []
line_no = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    line_no += 1
    if not line.strip() or line.lstrip().startswith("#"):
        continue
    name, *raw = line.split()
    scores = []
    for tok in raw:
        try:
            scores.append(float(tok) if "." in tok else int(tok))
        except ValueError:
            print(f"line {line_no}: ignoring {tok!r}")
    students.append((name, scores))

def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"

rows = []
for name, scores in students:
    if not scores:
        print(f"{name}: no scores")
        continue
    avg = mean(scores)
    rows.append((name, avg, median(scores), pstdev(scores), max(scores), letter(avg)))

rows.sort(key=lambda r: (-r[1], r[0]))
rank = 0
prev = None
for i, (name, avg, med, sd, best, grade) in enumerate(rows, 1):
    if avg != prev:
        rank = i
        prev = avg
    print(f"{rank:>2}. {name:<10} avg={avg:6.2f} med={med:<6} sd={sd:5.2f} best={best!s:>5} {grade}")
print(*[r[0] for r in rows if r[5] in "AB"], sep=", ")
print(*sorted({r[5] for r in rows}), sep="")
print("count", len(rows), "overall", round(mean(r[1] for r in rows), 3), end=" |\n")
dist = {g: sum(1 for r in rows if r[5] == g) for g in "ABCDF"}
print(*(f"{g}:{'*' * n}" for g, n in dist.items()))
print(sys.stdin.read() == "", repr(input.__name__))
