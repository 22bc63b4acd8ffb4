def worker(name):
    done = 0
    try:
        while True:
            job = yield done
            if job is None:
                continue
            print(f"{name} handles {job}")
            done += 1
    except GeneratorExit:
        print(f"{name} shutting down after {done} jobs")
        raise
    finally:
        print(f"{name} cleanup")


w = worker("w1")
next(w)
for job in ["a", "b"]:
    w.send(job)
w.close()
w2 = worker("w2")
next(w2)
w2.send("c")
w2.throw(RuntimeError("operator abort"))
