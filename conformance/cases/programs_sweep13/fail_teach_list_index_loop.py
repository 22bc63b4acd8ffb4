temperatures = [21.5, 23.0, 19.8, 25.1, 22.4]

changes = []
for i in range(len(temperatures)):
    change = temperatures[i + 1] - temperatures[i]
    changes.append(round(change, 1))
    print(f"day {i} -> {i + 1}: {change:+.1f}")
print(changes)
