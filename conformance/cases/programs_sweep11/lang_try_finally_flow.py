def trace(fn, *args):
    log = []
    try:
        r = fn(log, *args)
        log.append(f"returned {r!r}")
    except Exception as e:
        log.append(f"raised {type(e).__name__}: {e}")
    print(fn.__name__, " | ".join(log))


def a(log, fail):
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
        return "from try"
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
        return "from else"
    finally:
        log.append("finally")


def b(log):
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f"body {i}")
        finally:
            log.append(f"fin {i}")
    return i


def c(log):
    try:
        raise KeyError("k")
    finally:
        log.append("cleanup")
        return "swallowed by finally"


def d(log):
    try:
        try:
            raise TypeError("inner")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append(f"outer caught {e}")
        raise RuntimeError("converted") from None


trace(a, False)
trace(a, True)
trace(b)
trace(c)
trace(d)
