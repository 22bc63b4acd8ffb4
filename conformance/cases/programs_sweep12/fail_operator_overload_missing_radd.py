class Vector:
    def __init__(self, *xs):
        self.xs = xs

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(*(a + b for a, b in zip(self.xs, other.xs)))
        return NotImplemented

    def __repr__(self):
        return f"Vector{self.xs}"


vs = [Vector(1, 2), Vector(3, 4), Vector(5, 6)]
total = vs[0]
for v in vs[1:]:
    total = total + v
print(total)
print(sum(vs[1:], vs[0]))
print(sum(vs))
