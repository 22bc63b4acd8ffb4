# expect: AttributeError: '__bases__' is not available in the sandbox
print(().__class__.__bases__)
