# Iterator pickling support reaches builtins.iter and friends.
# expect: AttributeError: '__reduce__' is not available in the sandbox
iter([1, 2]).__reduce__()
