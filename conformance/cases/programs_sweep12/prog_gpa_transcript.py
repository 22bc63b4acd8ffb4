GRADE_POINTS = {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "D": 1.0, "F": 0.0}
transcript = {
    "Fall 2022": [("CS101", 4, "A"), ("MATH150", 4, "B+"), ("ENG101", 3, "A-")],
    "Spring 2023": [("CS102", 4, "A-"), ("MATH151", 4, "C+"), ("HIST110", 3, "B")],
    "Fall 2023": [("CS201", 4, "B+"), ("CS210", 3, "A"), ("STAT200", 3, "F"), ("PE100", 1, "P")],
}
total_pts = total_cr = 0.0
for term, courses in transcript.items():
    pts = cr = 0.0
    print(term)
    for code, credits, grade in courses:
        if grade not in GRADE_POINTS:
            print(f"  {code:<8}{credits:>2} {grade:<3} (pass/fail, not in GPA)")
            continue
        pts += GRADE_POINTS[grade] * credits
        cr += credits
        print(f"  {code:<8}{credits:>2} {grade:<3} {GRADE_POINTS[grade] * credits:5.1f}")
    total_pts += pts
    total_cr += cr
    print(f"  term GPA {pts / cr:.3f}  cumulative {total_pts / total_cr:.3f}")
honors = "summa" if total_pts / total_cr >= 3.9 else "magna" if total_pts / total_cr >= 3.7 else "cum laude" if total_pts / total_cr >= 3.5 else "none"
print("honors:", honors)
best = max((c for cs in transcript.values() for c in cs if c[2] in GRADE_POINTS), key=lambda c: (GRADE_POINTS[c[2]], c[1]))
print("best course:", best)
