print(list(filter(lambda x: x % 2, range(5))), list(filter(None, [0, "", "a", [], [0]])))
filter(1)
