# moat policy: eval() is left out of the sandbox; the NameError can be caught.
try:
    print(eval("1 + 1"))
except NameError as e:
    print("NameError", str(e))
print("still running")
