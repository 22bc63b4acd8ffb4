# Text histogram of dice sums computed exhaustively.
counts = [0] * 13
for a in range(1, 7):
    for b in range(1, 7):
        counts[a + b] += 1
for total in range(2, 13):
    print(f"{total:2} {'#' * counts[total]:<6} {counts[total] / 36:.3f}")
print("most likely:", counts.index(max(counts)))
buckets = [0] * 5
scores = [55, 67, 89, 92, 45, 78, 81, 99, 60, 73, 38, 100]
for s in scores:
    buckets[min(s // 20, 4)] += 1
labels = ["0-19", "20-39", "40-59", "60-79", "80-100"]
for label, n in zip(labels, buckets):
    print(label.rjust(6), "*" * n)
