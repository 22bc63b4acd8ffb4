# Breadth-first search and sliding windows with deque; records with namedtuple.
from collections import deque, namedtuple

grid = ["S.#.....",
        ".##..#..",
        "....#..#",
        "#.#...#E"]
Cell = namedtuple("Cell", "row col")

def shortest_path(grid):
    rows, cols = len(grid), len(grid[0])
    start = next(Cell(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    queue = deque([(start, 0)])
    seen = {start}
    while queue:
        cell, dist = queue.popleft()
        if grid[cell.row][cell.col] == "E":
            return cell, dist
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nxt = Cell(cell.row + dr, cell.col + dc)
            if 0 <= nxt.row < rows and 0 <= nxt.col < cols and grid[nxt.row][nxt.col] != "#" and nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, dist + 1))
    return None, -1
print(shortest_path(grid))

def window_max(values, k):
    window, out = deque(), []
    for i, v in enumerate(values):
        while window and values[window[-1]] <= v:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(values[window[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

history = deque(maxlen=3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    history.append(cmd)
print(history, list(history), history.maxlen)
d = deque(range(5))
d.rotate(2)
print(d, d.index(4), d.count(0))
d.insert(1, "x"); d.remove(0); d.reverse()
print(d, d[1], len(d), 3 in d, d == deque(d), d.copy() is d)
Employee = namedtuple("Employee", ["name", "dept", "salary"], defaults=[50000])
staff = [Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee._make(["cy", "eng", 95000])]
for e in sorted(staff, key=lambda e: -e.salary):
    print(e, e._asdict())
print(Employee._fields, Employee._field_defaults, staff[1]._replace(salary=1))
total = sum(e.salary for e in staff if e.dept == "eng")
print(total, max(staff, key=lambda e: e.salary).name)
try:
    Employee("dee")
except TypeError as e:
    print("TypeError", e)
