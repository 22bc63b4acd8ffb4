class Managed:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None} {exc}")
        return False


log = []
with Managed("a", log) as m:
    log.append("body " + m.name)
print(log)

log = []
try:
    with Managed("b", log):
        raise ValueError("boom")
except ValueError as e:
    log.append("caught " + str(e))
print(log)

log = []
with Managed("x", log) as x, Managed("y", log) as y:
    log.append(x.name + y.name)
print(log)

log = []
with Managed("outer", log):
    with Managed("inner", log):
        log.append("deep")
print(log)


def f():
    log = []
    with Managed("r", log):
        return log
print(f())


def g(items):
    log = []
    for i in items:
        with Managed(str(i), log):
            if i == 1:
                continue
            if i == 3:
                break
            log.append("ran")
    return log


print(g([0, 1, 2, 3, 4]))
