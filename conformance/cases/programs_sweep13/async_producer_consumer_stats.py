import asyncio
from collections import Counter


async def sensor(name, readings, queue):
    for value in readings:
        await queue.put((name, value))
    await queue.put((name, None))


async def aggregator(queue, n_sensors):
    finished = 0
    totals, counts, alerts = Counter(), Counter(), []
    while finished < n_sensors:
        name, value = await queue.get()
        if value is None:
            finished += 1
            continue
        totals[name] += value
        counts[name] += 1
        if value > 90:
            alerts.append(f"{name}={value}")
    return {n: round(totals[n] / counts[n], 2) for n in sorted(totals)}, alerts


async def main():
    q = asyncio.Queue(maxsize=3)
    data = {"t1": [20, 25, 95, 30], "t2": [50, 55], "t3": [99, 10, 91]}
    producers = [sensor(n, r, q) for n, r in data.items()]
    (averages, alerts), *_ = await asyncio.gather(aggregator(q, len(data)), *producers)
    print(averages)
    print(sorted(alerts))


asyncio.run(main())
