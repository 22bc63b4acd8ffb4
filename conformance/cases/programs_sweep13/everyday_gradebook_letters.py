import bisect

BREAKS = [60, 70, 80, 90]
LETTERS = "FDCBA"


def letter(score):
    base = LETTERS[bisect.bisect(BREAKS, score)]
    if base in "F":
        return base
    ones = score % 10
    return base + ("+" if ones >= 7 and score < 100 else "-" if ones < 3 else "")


students = {"Ann": [95, 88, 92], "Ben": [72, 65, 70], "Cid": [59, 61, 58], "Dee": [100, 99, 98], "Eve": [80, 80, 79]}
report = []
for name, scores in students.items():
    avg = sum(scores) / len(scores)
    report.append((avg, name, letter(round(avg))))
report.sort(reverse=True)
for rank, (avg, name, grade) in enumerate(report, 1):
    print(f"{rank}. {name:<4} {avg:6.2f} {grade:<2} {'*' * int(avg // 10)}")
print("class average: %.3f" % (sum(r[0] for r in report) / len(report)))
print([letter(s) for s in (0, 59, 60, 62, 67, 75, 89, 90, 97, 100)])
