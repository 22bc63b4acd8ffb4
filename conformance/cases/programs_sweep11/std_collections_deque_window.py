from collections import deque


def sliding_max(xs, k):
    dq = deque()
    out = []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out


print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
recent = deque(maxlen=3)
for word in "one two three four five".split():
    recent.append(word)
    print(list(recent))
d = deque("abcde")
d.rotate(-2)
print(d, d.count("a"), d.index("e"), "c" in d, len(d), d * 2 == deque("cdeabcdeab"))
d.extendleft("xy")
print(d, d.popleft(), d.pop(), repr(deque([], maxlen=2)))
d.remove("a")
d.insert(1, "Q")
del d[0]
print(d, d[-1], list(reversed(d)), d.copy() == d, d > deque("a"))
for bad in [lambda: deque().pop(), lambda: deque([1]).remove(5), lambda: deque(maxlen=-1), lambda: deque([1])[5],
            lambda: deque(maxlen=1).insert(0, 1) or deque([1], maxlen=1).insert(0, 2)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
