try:
    raise ExceptionGroup("batch", [ValueError("a"), ExceptionGroup("inner", [KeyError("k"), TypeError("t")])])
except* KeyError:
    print("got key")
