from itertools import islice

data = range(10)
print(list(islice(data, 3)))
print(list(islice(data, -3, None)))
