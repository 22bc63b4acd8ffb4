def score(rolls):
    total = 0
    i = 0
    frames = []
    for frame in range(10):
        if i >= len(rolls):
            raise ValueError(f"incomplete game: frame {frame + 1} missing")
        if rolls[i] == 10:
            if i + 2 >= len(rolls):
                raise ValueError("strike bonus rolls missing")
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif i + 1 < len(rolls) and rolls[i] + rolls[i + 1] == 10:
            if i + 2 >= len(rolls):
                raise ValueError("spare bonus roll missing")
            total += 10 + rolls[i + 2]
            i += 2
        else:
            if i + 1 >= len(rolls):
                raise ValueError(f"frame {frame + 1} needs two rolls")
            if rolls[i] + rolls[i + 1] > 10:
                raise ValueError(f"frame {frame + 1}: {rolls[i]}+{rolls[i + 1]} pins > 10")
            total += rolls[i] + rolls[i + 1]
            i += 2
        frames.append(total)
    return total, frames


games = {"perfect": [10] * 12, "all spares": [5, 5] * 10 + [5], "gutter": [0] * 20, "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
         "short": [10, 10], "bad": [7, 5] + [0] * 18}
for name, rolls in games.items():
    try:
        print(name, *score(rolls))
    except ValueError as e:
        print(name, "ValueError", e)
