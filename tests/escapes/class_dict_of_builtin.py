# A built-in type's namespace would list its internals.
# expect: AttributeError: '__dict__' is not available in the sandbox
print(int.__dict__)
