# moat policy: __import__() is left out of the sandbox.
try:
    os_module = __import__("os")
except NameError as e:
    print(str(e))
print("done")
