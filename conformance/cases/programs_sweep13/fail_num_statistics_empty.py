import statistics


def summarize(name, values):
    if len(values) < 2:
        raise statistics.StatisticsError(f"{name}: need at least two values, got {len(values)}")
    print(name, "n =", len(values), "mean =", statistics.mean(values), "stdev =", round(statistics.stdev(values), 3))


summarize("week1", [3, 5, 7, 9])
summarize("week2", [10, 10, 12])
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
summarize("week3", [4])
