# moat policy: compile() is left out of the sandbox.
try:
    code = compile("1 + 1", "<string>", "eval")
except NameError as e:
    print(str(e))
print("done")
