def deco(arg):
    def wrap(fn):
        return fn.missing_attribute
    return wrap

@deco(
    "x"
)
def target():
    pass
