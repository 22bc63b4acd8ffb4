# moat policy: globals() is left out of the sandbox.
counter = 1
print("counter", counter)
names = globals()
print("never printed")
