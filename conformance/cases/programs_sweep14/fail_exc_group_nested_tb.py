# A nested ExceptionGroup escapes: CPython prints the whole tree.
def task(n):
    if n % 3 == 0:
        raise ValueError(f"task {n} bad value")
    if n % 3 == 1:
        raise KeyError(n)
    return n


def run(batch):
    errors = []
    for n in batch:
        try:
            task(n)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"batch {batch}", errors)


groups = []
for batch in ([0, 1, 2], [3, 5], [2, 5]):
    try:
        run(batch)
    except ExceptionGroup as eg:
        groups.append(eg)
print(len(groups), [len(g.exceptions) for g in groups])
raise ExceptionGroup("all batches", groups)
