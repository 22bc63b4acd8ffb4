grid = [[1, 2], [3, 4]]
table = {"a": {"b": grid}}
print(table["a"]["b"][1][0])
print(table["a"]["b"][1][5] + 1)
