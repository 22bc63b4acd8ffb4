# heapq is C in CPython: an error raised inside it shows no frame of its own,
# only the script's line (moat's frozen heapq must not show one either).
import heapq

def next_job(queue):
    return heapq.heappop(queue)

jobs = [(2, "b"), (1, "a")]
heapq.heapify(jobs)
print(next_job(jobs), next_job(jobs))
next_job(jobs)
