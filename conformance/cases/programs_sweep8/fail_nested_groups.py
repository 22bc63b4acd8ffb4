try:
    try:
        raise ExceptionGroup("A", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
except* KeyError as e:
    print("got", repr(e))
    raise
