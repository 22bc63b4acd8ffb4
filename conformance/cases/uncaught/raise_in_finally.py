# An exception in finally replaces the original one.
try:
    print("working")
    raise ValueError("original problem")
finally:
    print("cleaning up")
    raise OSError("cleanup failed")
