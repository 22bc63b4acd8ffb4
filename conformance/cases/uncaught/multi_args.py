# An exception with several arguments prints their tuple.
print("validating")
raise ValueError("bad record", 42, ["x"])
