# Exceptions raised inside finally replace the in-flight one.
try:
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
except ValueError:
    print("not reached")


def cleanup_fails():
    try:
        return "result"
    finally:
        int("oops")


try:
    cleanup_fails()
except ValueError as e:
    print("ValueError", e)


def nested_finally():
    log = []
    try:
        try:
            log.append("body")
            raise RuntimeError("body failed")
        finally:
            log.append("inner finally")
    except RuntimeError as e:
        log.append(f"handled {e}")
    finally:
        log.append("outer finally")
    return log


print(nested_finally())
try:
    try:
        pass
    finally:
        raise OverflowError("only error")
except OverflowError as e:
    print(repr(e), e.__context__)
