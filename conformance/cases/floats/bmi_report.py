# A small report with float computations and formatted output.
people = [("Ana", 1.65, 58.0), ("Bruno", 1.80, 92.5), ("Chen", 1.72, 70.2),
          ("Dara", 1.58, 45.1), ("Eli", 1.91, 120.0)]


def category(bmi):
    if bmi < 18.5:
        return "under"
    elif bmi < 25:
        return "normal"
    elif bmi < 30:
        return "over"
    return "obese"


total = 0.0
for name, height, weight in people:
    bmi = weight / height ** 2
    total += bmi
    print(f"{name:<6}{height:5.2f}m {weight:6.1f}kg  bmi={bmi:6.2f} {category(bmi)}")
print("average bmi", round(total / len(people), 3))
heaviest = max(people, key=lambda p: p[2])
print("heaviest", heaviest[0], heaviest[2])
print("sorted by bmi", [p[0] for p in sorted(people, key=lambda p: p[2] / p[1] ** 2)])
