n = 10 ** 5000
print(len(str(n // 10 ** 4990)))
print(str(n)[:5])
