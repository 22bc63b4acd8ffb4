def normalize(row):
    total = sum(row)
    return [round(x / total, 3) for x in row]
table = [[1, 2, 3], [4, 4], [0, 0, 0], [5]]
result = [normalize(r) for r in table]
print(result)
