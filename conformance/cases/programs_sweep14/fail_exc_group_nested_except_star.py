# except* splits a nested group; the unmatched part escapes with its tree.
def jobs():
    raise ExceptionGroup("batch", [
        ValueError("v1"),
        ExceptionGroup("io", [OSError("disk"), ValueError("v2")]),
        TypeError("t1"),
    ])


try:
    jobs()
except* ValueError as eg:
    print("handled values:", [str(e) for e in eg.exceptions])
    print(repr(eg))
