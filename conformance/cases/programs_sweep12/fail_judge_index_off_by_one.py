def prefix_sums(a):
    p = [0] * len(a)
    for i in range(len(a)):
        p[i + 1] = p[i] + a[i]
    return p


line = input()
arr = list(map(int, line.split()))
print(prefix_sums(arr))
