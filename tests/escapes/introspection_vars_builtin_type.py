# vars() of a built-in type would be its shared namespace.
print(vars(int))
# expect: TypeError: vars() of a built-in type is not available in the sandbox: use dir() for its names
