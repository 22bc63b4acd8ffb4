# Nested comprehensions: flattening, grids and transposition.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[x * 2 for x in row if x % 2] for row in matrix])
print([(i, j) for i in range(3) for j in range(i, 3)])
print([(x, y) for x in range(4) if x % 2 == 0 for y in range(3) if y != x])
print([[i * j for j in range(1, 5)] for i in range(1, 5)])
print([ch for word in ["hi", "yo"] for ch in word + "!"])
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print(sum(x for row in matrix for x in row if x > 4), max(max(row) for row in matrix))
