# moat policy: open() is left out of the sandbox; calling it is an uncaught NameError.
print("reading config")
path = "data.txt"
handle = open(path)
print("never printed")
