# Grouping and inverting with dicts.
people = [("ann", "eng"), ("bob", "ops"), ("cid", "eng"), ("dee", "hr"), ("eve", "ops"), ("fay", "eng")]
by_dept = {}
for name, dept in people:
    by_dept.setdefault(dept, []).append(name)
print(by_dept)
sizes = {dept: len(names) for dept, names in by_dept.items()}
print(sizes, max(sizes, key=sizes.get))
inverse = {name: dept for dept, names in by_dept.items() for name in names}
print(inverse)
colors = {"red": 1, "green": 2, "blue": 1}
flipped = {}
for k, v in colors.items():
    flipped.setdefault(v, []).append(k)
print(flipped)
by_length = {}
for word in "the quick brown fox jumps over the lazy dog".split():
    by_length.setdefault(len(word), set()).add(word)
print({k: sorted(v) for k, v in sorted(by_length.items())})
