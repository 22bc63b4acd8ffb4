def area(w, h):
    return w * h

def total(shapes):
    return sum(area(*s) for s in shapes)

print(total([(1, 2), (3, 4)]))
print(total([(1, 2), (3,), (5, 6)]))
