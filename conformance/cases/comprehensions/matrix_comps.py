# Matrix operations written with comprehensions.
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
product = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(product)
identity = [[int(i == j) for j in range(4)] for i in range(4)]
print(identity)
print([[A[i][j] + 10 for j in range(len(A[0]))] for i in range(len(A))])
diag = [product[i][i] for i in range(min(len(product), len(product[0])))]
print(diag, sum(diag))
flat = [v for row in product for v in row]
print(flat, [flat[i:i + 3] for i in range(0, len(flat), 3)] == product)
