from collections import deque

FILES = "abcdefgh"


def to_xy(sq):
    return FILES.index(sq[0]), int(sq[1]) - 1


def to_sq(x, y):
    return f"{FILES[x]}{y + 1}"


MOVES = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]


def knight_path(start, goal, blocked=()):
    blocked = {to_xy(b) for b in blocked}
    s, g = to_xy(start), to_xy(goal)
    prev = {s: None}
    q = deque([s])
    while q:
        cur = q.popleft()
        if cur == g:
            path = []
            while cur:
                path.append(to_sq(*cur))
                cur = prev[cur]
            return path[::-1]
        for dx, dy in MOVES:
            nx, ny = cur[0] + dx, cur[1] + dy
            if 0 <= nx < 8 and 0 <= ny < 8 and (nx, ny) not in prev and (nx, ny) not in blocked:
                prev[(nx, ny)] = cur
                q.append((nx, ny))
    return None


for a, b in [("a1", "h8"), ("b1", "c3"), ("d4", "d5"), ("a1", "b2"), ("e4", "e4")]:
    p = knight_path(a, b)
    print(f"{a}->{b}: {len(p) - 1} moves {' '.join(p)}")
print(knight_path("a1", "h8", blocked=["b3", "c2"]))
counts = [[sum(0 <= x + dx < 8 and 0 <= y + dy < 8 for dx, dy in MOVES) for x in range(8)] for y in range(8)]
print("\n".join(" ".join(map(str, row)) for row in reversed(counts)))
