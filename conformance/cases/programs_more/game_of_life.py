class Life:
    def __init__(self, width, height, live=(), wrap=False):
        self.w, self.h, self.wrap = width, height, wrap
        self.live = set(live)
        self.generation = 0

    @classmethod
    def from_text(cls, text, wrap=False):
        rows = [r for r in text.strip().splitlines()]
        live = {(x, y) for y, r in enumerate(rows) for x, ch in enumerate(r.strip()) if ch == "#"}
        return cls(max(len(r.strip()) for r in rows), len(rows), live, wrap)

    def neighbours(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    nx, ny = x + dx, y + dy
                    if self.wrap:
                        yield nx % self.w, ny % self.h
                    elif 0 <= nx < self.w and 0 <= ny < self.h:
                        yield nx, ny

    def step(self):
        counts = {}
        for cell in self.live:
            for n in self.neighbours(*cell):
                counts[n] = counts.get(n, 0) + 1
        self.live = {c for c, k in counts.items() if k == 3 or (k == 2 and c in self.live)}
        self.generation += 1
        return self

    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.live else "." for x in range(self.w))
                         for y in range(self.h))

    def __len__(self):
        return len(self.live)

    def bbox(self):
        if not self.live:
            return None
        xs = [x for x, _ in self.live]
        ys = [y for _, y in self.live]
        return (min(xs), min(ys), max(xs), max(ys))


blinker = Life.from_text("""
.....
..#..
..#..
..#..
.....
""")
for _ in range(3):
    print(blinker, len(blinker), blinker.generation, sep="\n")
    print()
    blinker.step()

glider = Life.from_text("""
.#......
..#.....
###.....
........
........
........
""", wrap=True)
seen = []
for i in range(25):
    seen.append(glider.bbox())
    glider.step()
print(seen[0], seen[4], seen[8], seen[24], len(glider))
print(glider)

block = Life(4, 4, {(1, 1), (1, 2), (2, 1), (2, 2)})
before = set(block.live)
print(block.step().live == before)
ring = Life.from_text("""
##.
#..
...
""")
history = []
while str(ring) not in history:
    history.append(str(ring))
    ring.step()
print("cycle after", len(history), "states; gen", ring.generation)
print(ring)
