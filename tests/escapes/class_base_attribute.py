# __base__ is the single-base form of the class-graph walk.
# expect: AttributeError: '__base__' is not available in the sandbox
().__class__.__base__.__subclasses__()
