# moat policy: exec() is left out of the sandbox.
print("start")
exec("x = 1")
print("never printed")
