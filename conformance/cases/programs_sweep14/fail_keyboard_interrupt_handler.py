# A BaseException that `except Exception` does not catch ends the program;
# finally blocks still run.
class Shutdown(BaseException):
    pass


def worker(jobs):
    done = []
    for j in jobs:
        try:
            if j == "stop":
                raise Shutdown("operator requested stop")
            if j == "bad":
                raise ValueError("bad job")
            done.append(j)
        except Exception as e:
            print("recovered from", repr(e))
        finally:
            print("after", j)
    return done


print(worker(["a", "bad", "b"]))
try:
    worker(["c", "stop", "d"])
finally:
    print("outer finally")
