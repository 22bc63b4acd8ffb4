# A judge-style solution: the count of test cases, then each case on its own lines.
t = int(input())
for case in range(1, t + 1):
    n, k = map(int, input().split())
    values = list(map(int, input().split()))
    assert len(values) == n
    best = max(sum(values[i:i + k]) for i in range(n - k + 1))
    print(f"Case #{case}: {best}")
