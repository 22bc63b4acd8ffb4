# A retry helper that collects each attempt's failure into an
# ExceptionGroup with notes naming the attempt.
class TransientError(Exception):
    pass


def retry(fn, attempts=3):
    failures = []
    for n in range(1, attempts + 1):
        try:
            return fn(n)
        except TransientError as e:
            e.add_note(f"attempt {n} of {attempts}")
            failures.append(e)
    raise ExceptionGroup(f"{fn.__name__} failed {attempts} times", failures)


def flaky(n):
    if n < 3:
        raise TransientError(f"timeout #{n}")
    return "ok on 3"


def hopeless(n):
    raise TransientError(f"refused #{n}")


print(retry(flaky))
try:
    retry(hopeless, attempts=2)
except* TransientError as eg:
    for e in eg.exceptions:
        print(e, e.__notes__)
    print(eg.message, len(eg.exceptions))
try:
    retry(lambda n: 1 / 0)
except ZeroDivisionError as e:
    print("not retried:", e)
