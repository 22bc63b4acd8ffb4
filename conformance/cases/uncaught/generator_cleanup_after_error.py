# An uncaught exception still ends with the exit cleanup: the suspended
# generator's finally runs after the traceback.
def reader(lines):
    try:
        for line in lines:
            yield line.upper()
    finally:
        print("reader closed")

r = reader(["a", "b"])
print(next(r))
raise ValueError("bad input")
