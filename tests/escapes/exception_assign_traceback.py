# Assigning __traceback__ would let a script plant or swap traceback objects;
# exceptions take other attributes (e.detail, __notes__) but not this one.
e = ValueError("x")
e.detail = 1
e.add_note("ok")
# expect: AttributeError: '__traceback__' is not available in the sandbox
e.__traceback__ = None
