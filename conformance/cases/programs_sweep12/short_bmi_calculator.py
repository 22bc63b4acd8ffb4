people = [("ann", 1.68, 59), ("bob", 1.82, 95), ("cy", 1.55, 44), ("di", 1.75, 72.5)]


def category(bmi):
    for limit, name in ((18.5, "under"), (25, "normal"), (30, "over")):
        if bmi < limit:
            return name
    return "obese"


for name, h, w in people:
    bmi = w / h ** 2
    target = (18.5 * h ** 2, 24.9 * h ** 2)
    print(f"{name:<4} {bmi:5.1f} {category(bmi):<7} healthy {target[0]:.1f}-{target[1]:.1f} kg")
print(sorted(people, key=lambda p: p[2] / p[1] ** 2)[0][0])
