# break and continue inside try/finally: finally always runs.
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)


def loop_return():
    out = []
    for i in range(3):
        try:
            if i == 2:
                return out
            out.append(i)
        finally:
            out.append("f")
    return "unreachable"


print(loop_return())
i = 0
trace = []
while True:
    i += 1
    try:
        try:
            if i % 2:
                continue
            trace.append(i)
            if i >= 6:
                break
        finally:
            trace.append("inner")
    finally:
        trace.append("outer")
print(trace)


def finally_overrides():
    for _ in range(3):
        try:
            return "from try"
        finally:
            break
    return "after loop"


print(finally_overrides())
