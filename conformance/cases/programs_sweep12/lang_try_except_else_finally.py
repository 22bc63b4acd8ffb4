def attempt(op, value):
    log = []
    try:
        log.append("try")
        result = op(value)
    except ZeroDivisionError:
        log.append("zero")
        result = None
    except (TypeError, ValueError) as e:
        log.append(f"bad:{type(e).__name__}")
        result = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return result, log


print(attempt(lambda v: 10 / v, 2))
print(attempt(lambda v: 10 / v, 0))
print(attempt(lambda v: int(v), "x"))
print(attempt(lambda v: v + 1, "s"))


def early_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(early_return(), finally_overrides(), loop_control())


def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise ValueError("outer") from e
    except ValueError as e:
        return repr(e), repr(e.__cause__), e.__suppress_context__


print(nested())
try:
    raise ValueError("x")
except ValueError as e:
    err = e
print(repr(err))
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
