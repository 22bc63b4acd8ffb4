# The classic walk to every class, spelled as a format field.
# expect: AttributeError: '__bases__' is not available in the sandbox
print("{0.__class__.__bases__[0].__subclasses__}".format(()))
