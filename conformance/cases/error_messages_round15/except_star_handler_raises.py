try:
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), KeyError("c")])
except* ValueError:
    print("values handled")
except* TypeError:
    raise RuntimeError("could not handle types")
