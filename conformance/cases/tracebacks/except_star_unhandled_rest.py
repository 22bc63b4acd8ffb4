# except* handles part of a nested group; the rest propagates uncaught.
def level3():
    raise ExceptionGroup("batch", [ValueError("bad 1"), ExceptionGroup("sub", [TypeError("bad 2")]), KeyError("k")])
def level2():
    level3()
try:
    level2()
except* ValueError:
    print("handled values")
