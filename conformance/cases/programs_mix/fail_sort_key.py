from operator import itemgetter

students = [
    {"name": "ann", "grade": 91, "age": 20},
    {"name": "bob", "grade": 85, "age": 22},
    {"name": "cid", "grade": 91, "age": 19},
    {"name": "dee", "age": 21},
]


def rank(rows):
    return sorted(rows, key=lambda r: (-r["grade"], r["name"]))


print([s["name"] for s in sorted(students[:3], key=itemgetter("grade", "age"))])
for i, s in enumerate(rank(students), 1):
    print(i, s["name"])
