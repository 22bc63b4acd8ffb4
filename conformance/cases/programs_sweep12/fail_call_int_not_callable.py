def area(w, h):
    return w * h


sizes = [(2, 3), (4, 5)]
total = 0
for w, h in sizes:
    total += area(w, h)
print(total)
area = area(1, 1)
print(area)
print(area(3, 3))
