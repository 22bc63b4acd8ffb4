# RecursionError caught again and again: the same depth, the same figures.
def dive(n):
    return dive(n + 1) + 1

caught = 0
for _ in range(20):
    try:
        dive(0)
    except RecursionError:
        caught += 1
print(caught)
