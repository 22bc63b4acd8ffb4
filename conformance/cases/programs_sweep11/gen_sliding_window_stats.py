from collections import deque


def window_stats(stream, size):
    win = deque()
    total = 0
    for x in stream:
        win.append(x)
        total += x
        if len(win) > size:
            total -= win.popleft()
        if len(win) == size:
            yield min(win), max(win), total / size


readings = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
for lo, hi, avg in window_stats(readings, 4):
    print(f"min={lo} max={hi} avg={avg:.2f}")
print(list(window_stats([], 3)), list(window_stats([1, 2], 3)), next(window_stats(iter(range(10)), 10)))


def alerts(stream, threshold):
    prev = None
    for v in stream:
        state = v > threshold
        if state != prev:
            yield ("RAISE" if state else "CLEAR", v)
            prev = state


print(list(alerts(readings, 4)))
