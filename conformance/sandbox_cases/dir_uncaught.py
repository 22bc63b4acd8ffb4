# moat policy: dir() is left out of the sandbox.
items = [1, 2, 3]
print(len(items))
print(dir(items))
