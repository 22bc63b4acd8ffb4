class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
def norm1(v):
    match v:
        case Vec(a, b):
            return abs(a) + abs(b)
print(norm1(Vec(1, -2)))
