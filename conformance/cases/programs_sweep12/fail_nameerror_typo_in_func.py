def compute_stats(values):
    count = len(values)
    total = sum(values)
    mean = total / count
    variance = sum((v - mean) ** 2 for v in values) / count
    return {"count": count, "mean": mean, "std": varience ** 0.5}


print("stats for", compute_stats.__name__)
print(compute_stats([2, 4, 4, 4, 5, 5, 7, 9]))
