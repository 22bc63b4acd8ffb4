t = int(input())
for case in range(1, t + 1):
    s = input().strip()
    depth = best = 0
    ok = True
    for ch in s:
        depth += 1 if ch == "(" else -1
        best = max(best, depth)
        if depth < 0:
            ok = False
            break
    ok = ok and depth == 0
    print(f"#{case}: {'YES' if ok else 'NO'} {best if ok else '-'}")
