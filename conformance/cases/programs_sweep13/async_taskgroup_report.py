import asyncio
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    cost: float


async def run_job(job, results):
    await asyncio.sleep(job.cost)
    results[job.name] = round(job.cost * 10)


async def main():
    jobs = [Job("resize", 0.6), Job("thumbnail", 0.2), Job("upload", 1.0), Job("index", 0.4)]
    results = {}
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(run_job(j, results), name=j.name) for j in jobs]
    print("finished in order:", list(results))
    print("task names:", [t.get_name() for t in tasks])
    print("all done:", all(t.done() for t in tasks))
    width = max(len(n) for n in results)
    for name, score in sorted(results.items(), key=lambda kv: -kv[1]):
        print(f"{name:<{width}} | {score:>3} | {'#' * (score // 1)}")


asyncio.run(main())
