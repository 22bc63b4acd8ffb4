class Tag:
    def __init__(self, name):
        self.name = name.strip().lower()

    def __eq__(self, other):
        return isinstance(other, Tag) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"#{self.name}"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


tags = {Tag("Python"), Tag(" python "), Tag("Rust"), Tag("rust"), Tag("Go")}
print(sorted(tags, key=lambda t: t.name), Tag("GO") in tags, len(tags))
counts = {}
for t in [Tag("a"), Tag("A"), Tag("b")]:
    counts[t] = counts.get(t, 0) + 1
print(counts)
print(Point(1, 2) == Point(1, 2), Point.__hash__ is None)
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)
pts = [Point(1, 2), Point(3, 4)]
print(Point(3, 4) in pts, pts.index(Point(3, 4)), pts.count(Point(1, 2)))
unique = []
for p in [Point(0, 0), Point(1, 1), Point(0, 0)]:
    if p not in unique:
        unique.append(p)
print(len(unique), [(p.x, p.y) for p in unique])
print(hash(Tag("x")) == hash("x"), hash((1, "a")) == hash((1, "a")), hash(frozenset([Tag("q")])) == hash(frozenset([Tag("Q")])))
