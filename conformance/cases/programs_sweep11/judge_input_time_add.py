h, m = map(int, input().split(":"))
add = int(input())
total = (h * 60 + m + add) % (24 * 60)
days = (h * 60 + m + add) // (24 * 60)
print(f"{total // 60:02d}:{total % 60:02d}" + (f" (+{days} day{'s' if days != 1 else ''})" if days else ""))
for delta in (-90, 0, 1440 * 2 + 1):
    t = (h * 60 + m + delta) % 1440
    print(f"{delta:+5d} -> {t // 60:02d}:{t % 60:02d}")
