# moat policy: open() is left out of the sandbox; calling it is an uncaught NameError.
print("reading config")
with_name = "data.txt"
handle = open(with_name)
print("never printed")
