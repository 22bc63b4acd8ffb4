rows = [[1, 2], [3, "4"], [5, 6]]
total = sum(
    a + b
    for a, b in rows
)
