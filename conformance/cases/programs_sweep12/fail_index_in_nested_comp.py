def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]


good = [[1, 2, 3], [4, 5, 6]]
print(transpose(good))
print(transpose(transpose(good)) == good)
ragged = [[1, 2, 3], [4, 5], [6, 7, 8]]
print(transpose(ragged))
