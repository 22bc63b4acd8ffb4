class Student:
    def __init__(self, sid, name):
        self.sid, self.name = sid, name
        self.scores = {}

    def record(self, course, kind, score):
        if not 0 <= score <= 100:
            raise ValueError(f"score {score} out of range for {self.name}")
        self.scores.setdefault(course, {}).setdefault(kind, []).append(score)

    def __repr__(self):
        return f"Student({self.sid}, {self.name!r})"


class Course:
    WEIGHTS = {"hw": 0.3, "exam": 0.5, "project": 0.2}
    SCALE = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]

    def __init__(self, code):
        self.code = code
        self.roster = []

    def enroll(self, student):
        if student in self.roster:
            raise ValueError(f"{student.name} already in {self.code}")
        self.roster.append(student)

    def average(self, student):
        parts = student.scores.get(self.code, {})
        total, weight = 0.0, 0.0
        for kind, w in self.WEIGHTS.items():
            if parts.get(kind):
                total += w * sum(parts[kind]) / len(parts[kind])
                weight += w
        return round(total / weight, 2) if weight else None

    @classmethod
    def letter(cls, avg):
        if avg is None:
            return "I"
        for cutoff, grade in cls.SCALE:
            if avg >= cutoff:
                return grade

    def report(self):
        rows = []
        for s in self.roster:
            avg = self.average(s)
            rows.append((s.name, avg, self.letter(avg)))
        rows.sort(key=lambda r: (r[1] is None, -(r[1] or 0), r[0]))
        return rows


students = {sid: Student(sid, name) for sid, name in [(1, "Ana"), (2, "Ben"), (3, "Caro"), (4, "Dev"), (5, "Eli")]}
math = Course("MATH101")
for s in students.values():
    math.enroll(s)
data = """
1 hw 95; 1 hw 88; 1 exam 91; 1 project 99
2 hw 70; 2 exam 65; 2 exam 72; 2 project 80
3 hw 100; 3 hw 100; 3 exam 79; 3 project 85
4 hw 50; 4 exam 58; 4 project 61
5 hw 120
"""
for line in data.strip().splitlines():
    for entry in line.split(";"):
        sid, kind, score = entry.split()
        try:
            students[int(sid)].record("MATH101", kind, int(score))
        except ValueError as e:
            print("ValueError", e)
try:
    math.enroll(students[2])
except ValueError as e:
    print("ValueError", e)
print(f"{'name':<6}{'avg':>7} grade")
for name, avg, grade in math.report():
    print(f"{name:<6}{avg if avg is not None else '-':>7} {grade}")
avgs = [a for _, a, _ in math.report() if a is not None]
print("class mean", round(sum(avgs) / len(avgs), 3), "median", sorted(avgs)[len(avgs) // 2])
dist = {}
for _, _, g in math.report():
    dist[g] = dist.get(g, 0) + 1
print(" ".join(f"{g}:{dist.get(g, 0)}" for g in "ABCDFI"))
