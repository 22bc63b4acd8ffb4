# moat policy: memoryview() is left out of the sandbox.
data = b"abc"
try:
    view = memoryview(data)
except NameError as e:
    print(str(e))
print(len(data))
