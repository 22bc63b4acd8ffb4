def risky(i):
    if i == 3:
        raise IndexError(f"index {i} out of range")
    return i

results = []
for i in range(5):
    try:
        results.append(risky(i))
    except IndexError:
        print("logging failure at", i, results)
        raise
