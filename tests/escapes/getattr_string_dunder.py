# getattr with a computed name goes through the same rule as obj.name.
name = "__" + "globals" + "__"
# expect: AttributeError: '__globals__' is not available in the sandbox
getattr(lambda: 0, name)
