# throw() into a generator inside try/finally: retry, skip and give up.
class Retry(Exception):
    pass


class Skip(Exception):
    pass


def worker(jobs):
    for job in jobs:
        attempts = 0
        while True:
            try:
                attempts += 1
                yield f"{job}#{attempts}"
                break
            except Retry:
                if attempts >= 3:
                    print(f"  giving up on {job}")
                    break
                print(f"  retrying {job}")
            except Skip:
                print(f"  skipping {job}")
                break
            finally:
                print(f"  finally for {job} attempt {attempts}")
    return "all jobs seen"


w = worker(["a", "b", "c"])
print(next(w))
print(w.throw(Retry))
print(w.throw(Retry()))
print(w.throw(Retry))
print(w.throw(Skip))
try:
    print(next(w))
except StopIteration as e:
    print("StopIteration:", e.value)
w2 = worker(["x"])
print(next(w2))
try:
    w2.throw(KeyError("boom"))
except KeyError as e:
    print("KeyError propagated:", e)
print(w2.gi_running, list(w2))
