# range combined with enumerate, zip and list/dict construction.
squares = {n: n * n for n in range(1, 8)}
print(squares)
print(list(zip(range(3), range(10, 13), range(20, 30, 3))))
print(list(enumerate(range(5, 0, -1), start=1)))
print(dict(zip(range(4), "abcd")), list(map(lambda n: n % 3, range(7))))
table = [[r * c for c in range(4)] for r in range(4)]
print(table)
print([i for i in range(50) if all(i % d for d in range(2, i)) and i > 1])
