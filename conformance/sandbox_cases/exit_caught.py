# moat policy: exit() (a site builtin in CPython) is left out of the sandbox.
try:
    exit(0)
except NameError as e:
    print(str(e))
print("kept running")
