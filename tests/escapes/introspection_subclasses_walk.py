# The classic walk to every loaded class.
# expect: AttributeError: '__bases__' is not available in the sandbox
().__class__.__bases__[0].__subclasses__()
