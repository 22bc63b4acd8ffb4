# Visited-cell tracking with a set of coordinate tuples.
maze = ["S.#.....",
        ".##.###.",
        "....#...",
        "##.##.#.",
        "......#E"]
rows, cols = len(maze), len(maze[0])
start = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "E")
frontier = [start]
visited = {start}
steps = 0
while frontier and end not in visited:
    nxt = []
    for r, c in frontier:
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in visited:
                visited.add((nr, nc))
                nxt.append((nr, nc))
    frontier = nxt
    steps += 1
print("reachable" if end in visited else "blocked", steps, len(visited))
print(sorted(visited)[:6])
