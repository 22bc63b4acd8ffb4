# A decorator receives the function object: its globals must stay refused.
# expect: AttributeError: '__globals__' is not available in the sandbox
@(lambda f: f.__globals__)
def g():
    pass
