def task(i):
    if i == 1:
        return ValueError(f"task {i} failed")
    if i == 2:
        return TypeError(f"task {i} wrong type")
    return KeyError(i)
errors = [task(i) for i in range(1, 4)]
inner = ExceptionGroup("inner", [OSError("disk"), ZeroDivisionError("zero")])
raise ExceptionGroup("many failures", errors + [inner])
