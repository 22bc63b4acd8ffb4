n = 5
total = 0
for i in range(1, n + 1):
    total += i * i
print("sum of squares: " + str(total))
print("count: " + n)
