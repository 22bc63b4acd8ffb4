# An uncaught exception whose argument is a list nested 100,000 deep: str()
# of the exception fails while the traceback is printed, as in CPython.
x = []
for _ in range(100000):
    x = [x]
raise ValueError(x)
