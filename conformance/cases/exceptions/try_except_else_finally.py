# The four clauses and their order.
def attempt(x):
    log = []
    try:
        log.append("try")
        result = 10 / x
    except ZeroDivisionError:
        log.append("except")
        result = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return result, log


print(attempt(2))
print(attempt(0))


def finally_runs_on_return():
    try:
        return "try value"
    finally:
        print("finally before return")


print(finally_runs_on_return())


def finally_overrides_return():
    try:
        return 1
    finally:
        return 2


print(finally_overrides_return())


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(finally_swallows())


def else_not_run_on_return():
    try:
        return "returned"
    except Exception:
        pass
    else:
        print("never")


print(else_not_run_on_return())
