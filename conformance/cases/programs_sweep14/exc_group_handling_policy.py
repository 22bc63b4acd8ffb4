# A handling policy over grouped errors: retryable ones are retried, fatal
# ones re-raised, everything else logged; except* with tuples of types.
class Retryable(Exception):
    pass


class Fatal(Exception):
    pass


def batch(items):
    errors = []
    for i in items:
        if i < 0:
            errors.append(Fatal(f"negative {i}"))
        elif i % 3 == 0:
            errors.append(Retryable(f"busy {i}"))
        elif i % 5 == 0:
            errors.append(ValueError(f"odd value {i}"))
    if errors:
        raise ExceptionGroup("batch errors", errors)
    return "all good"


for items in ([1, 2], [3, 5, 7], [6, -1], [10, 9]):
    try:
        try:
            print(items, batch(items))
        except* Retryable as eg:
            print(items, "retry:", [str(e) for e in eg.exceptions])
        except* (ValueError, KeyError) as eg:
            print(items, "logged:", [str(e) for e in eg.exceptions])
    except* Fatal as eg:
        print(items, "fatal escaped:", [str(e) for e in eg.exceptions])
