# object is a builtin name: its subclass list must stay out of reach.
# expect: AttributeError: '__subclasses__' is not available in the sandbox
object.__subclasses__()
