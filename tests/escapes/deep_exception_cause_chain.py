# An uncaught exception whose __cause__ chain is 100,000 exceptions long
# (`raise ... from previous` in a loop). The traceback printer walks the
# chain without recursing in C++; the last line is the newest exception.
# expect: ValueError: 99999
exc = ValueError("first")
for i in range(100000):
    try:
        raise ValueError(i) from exc
    except ValueError as new:
        exc = new
raise exc
