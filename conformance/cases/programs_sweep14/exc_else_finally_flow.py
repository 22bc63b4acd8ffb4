# try/except/else/finally flow with returns, breaks and continues, and
# which value wins when finally returns.
def classify(x):
    log = []
    try:
        log.append("try")
        result = 10 / x
    except ZeroDivisionError:
        log.append("except")
        return "div0", log
    else:
        log.append("else")
        return result, log
    finally:
        log.append("finally")


def finally_wins():
    try:
        return "from try"
    finally:
        return "from finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the error"


def loop():
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


print(classify(2), classify(0))
print(finally_wins(), swallow(), loop())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise KeyError(count)
    except KeyError as e:
        print("retry after", e)
        continue
    else:
        print("succeeded on", count)
        break
    finally:
        print("finally", count)
