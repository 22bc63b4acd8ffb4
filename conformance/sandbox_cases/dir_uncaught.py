# moat policy: dir() without an argument (the current scope's names) is left
# out of the sandbox; dir(obj) works.
items = [1, 2, 3]
print(len(items))
print(dir())
