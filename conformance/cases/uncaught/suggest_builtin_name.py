# A misspelt builtin: the builtins are the last candidates.
items = [3, 1, 2]
print(sorted(items))
print(prnt(items))
