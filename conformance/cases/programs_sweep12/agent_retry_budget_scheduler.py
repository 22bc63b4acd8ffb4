import heapq
import random

rng = random.Random(42)
TASKS = {"fetch_a": 0.3, "fetch_b": 0.6, "parse": 0.1, "upload": 0.5, "notify": 0.0}
MAX_ATTEMPTS = 4
queue = [(0.0, name, 1) for name in TASKS]
heapq.heapify(queue)
results = {}
timeline = []
while queue:
    t, name, attempt = heapq.heappop(queue)
    failed = rng.random() < TASKS[name]
    timeline.append(f"t={t:5.2f} {name:<8} try {attempt}: {'FAIL' if failed else 'ok'}")
    if not failed:
        results[name] = ("ok", attempt, round(t, 2))
    elif attempt >= MAX_ATTEMPTS:
        results[name] = ("gave up", attempt, round(t, 2))
    else:
        backoff = 0.5 * 2 ** (attempt - 1) + rng.uniform(0, 0.1)
        heapq.heappush(queue, (t + backoff, name, attempt + 1))
print("\n".join(timeline))
for name, (status, attempts, t) in sorted(results.items()):
    print(f"{name:<8} {status:<8} after {attempts} attempt(s) at t={t}")
print("success rate:", f"{sum(r[0] == 'ok' for r in results.values()) / len(results):.0%}")
