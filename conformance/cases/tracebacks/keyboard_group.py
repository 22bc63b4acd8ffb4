try:
    raise ExceptionGroup("batch", [ValueError("one"), ValueError("two")])
except* ValueError as eg:
    print("caught", len(eg.exceptions))
    raise TypeError("after except*")
