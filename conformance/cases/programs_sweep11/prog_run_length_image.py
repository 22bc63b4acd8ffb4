image = [
    "....####....",
    "...#....#...",
    "..#..##..#..",
    "..#......#..",
    "...#....#...",
    "....####....",
]


def rle_row(row):
    out = []
    prev, n = row[0], 0
    for ch in row:
        if ch == prev:
            n += 1
        else:
            out.append((prev, n))
            prev, n = ch, 1
    out.append((prev, n))
    return out


encoded = [rle_row(r) for r in image]
for e in encoded:
    print(" ".join(f"{n}{ch}" for ch, n in e))
decoded = ["".join(ch * n for ch, n in e) for e in encoded]
print(decoded == image, sum(len(e) for e in encoded), sum(len(r) for r in image))
flipped = [r[::-1] for r in image]
rotated = ["".join(col) for col in zip(*image[::-1])]
print("\n".join(rotated))
print(flipped == image, sum(r.count("#") for r in image))
