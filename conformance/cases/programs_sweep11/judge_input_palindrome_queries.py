s = input().strip()
q = int(input())
for _ in range(q):
    l, r = map(int, input().split())
    sub = s[l - 1:r]
    is_pal = sub == sub[::-1]
    print(f"{sub} {'YES' if is_pal else 'NO'}")
best = max((s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1) if s[i:j] == s[i:j][::-1]), key=len)
print("longest:", best, len(best))
