total = 10
parts = 4
size = total / parts
print("chunk size", size)
for i in range(0, total, size):
    print(i)
