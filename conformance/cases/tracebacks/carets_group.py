# Caret lines inside the boxes of an exception group.
def check(v):
    return 10 // v


def run_all(values):
    errors = []
    for v in values:
        try:
            check(v)
        except ZeroDivisionError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("checks failed", errors)


run_all([1, 0, 0])
