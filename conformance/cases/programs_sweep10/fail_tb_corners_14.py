e = RuntimeError("stored")
try:
    raise e
except RuntimeError:
    pass
raise e
