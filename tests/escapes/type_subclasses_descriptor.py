# type.__subclasses__ called as an unbound method on object.
# expect: AttributeError: '__subclasses__' is not available in the sandbox
type.__subclasses__(object)
