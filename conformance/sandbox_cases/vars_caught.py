# moat policy: vars() is left out of the sandbox.
try:
    print(vars())
except NameError as e:
    print(str(e))
print("done")
