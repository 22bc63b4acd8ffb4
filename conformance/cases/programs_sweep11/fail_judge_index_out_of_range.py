def solve(arr):
    best = arr[0]
    for i in range(1, len(arr) + 1):
        best = max(best, arr[i])
    return best


print(solve([3, 9, 2]))
