# All buffered stdout is written before the traceback.
for i in range(2000):
    print("line", i, "x" * (i % 50))
result = [1, 2, 3][10]
