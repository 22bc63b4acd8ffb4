try:
    raise ExceptionGroup("inner", [ValueError("a")])
except ExceptionGroup as g:
    raise RuntimeError("outer") from g
