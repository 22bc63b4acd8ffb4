def worker(n):
    if n % 3 == 0:
        raise ValueError(f"bad input {n}")
    if n % 5 == 0:
        raise KeyError(f"missing {n}")
    if n == 7:
        raise OSError(f"disk {n}")
    return n * n


def run_all(ns):
    results, errors = [], []
    for n in ns:
        try:
            results.append(worker(n))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("batch failed", errors)
    return results


print(run_all([1, 2, 4]))
try:
    run_all(range(1, 8))
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("keys:", [e.args[0] for e in eg.exceptions])
