GRID = """\
PYTHONXQ
AEXCODEW
RLISTMAP
SETVZIPY
EDICTSUM
RANGEKEY""".splitlines()
WORDS = ["PYTHON", "CODE", "LIST", "MAP", "SET", "ZIP", "DICT", "SUM", "RANGE", "KEY", "PARSER", "YES", "TUPLE"]
DIRS = {"E": (0, 1), "W": (0, -1), "S": (1, 0), "N": (-1, 0), "SE": (1, 1), "NE": (-1, 1), "SW": (1, -1), "NW": (-1, -1)}


def find(word):
    for r in range(len(GRID)):
        for c in range(len(GRID[0])):
            for name, (dr, dc) in DIRS.items():
                rr, cc = r, c
                for ch in word:
                    if not (0 <= rr < len(GRID) and 0 <= cc < len(GRID[0])) or GRID[rr][cc] != ch:
                        break
                    rr, cc = rr + dr, cc + dc
                else:
                    return r, c, name
    return None


used = set()
for w in WORDS:
    hit = find(w)
    print(f"{w:<7} {hit}")
    if hit:
        r, c, d = hit
        dr, dc = DIRS[d]
        used |= {(r + i * dr, c + i * dc) for i in range(len(w))}
print("\n".join("".join(ch if (r, c) in used else "." for c, ch in enumerate(row)) for r, row in enumerate(GRID)))
print("unused letters:", "".join(ch for r, row in enumerate(GRID) for c, ch in enumerate(row) if (r, c) not in used))
