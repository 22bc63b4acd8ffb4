def collatz(n):
    steps, peak = 0, n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
        steps += 1
    return steps, peak


results = {n: collatz(n) for n in range(1, 10001)}
longest = max(results, key=lambda n: results[n][0])
highest = max(results, key=lambda n: results[n][1])
print("longest chain:", longest, results[longest])
print("highest peak:", highest, results[highest])
hist = {}
for steps, _ in results.values():
    hist[steps // 25 * 25] = hist.get(steps // 25 * 25, 0) + 1
for b in sorted(hist):
    print(f"{b:>3}-{b + 24:<3} {hist[b]:>5}")
print([n for n in range(1, 30) if results[n][0] == results[n + 1][0]])
