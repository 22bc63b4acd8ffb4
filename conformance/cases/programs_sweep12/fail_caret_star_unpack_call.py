def area(w, h):
    return w * h


shapes = [(3, 4), (5, 6), (7,), (1, 2)]
for dims in shapes:
    print(dims, "->", area(*dims))
