def normalize(rows):
    return [r / sum(rows) for r in rows]

print(normalize([1, 1, 2]))
print(normalize([0, 0]))
