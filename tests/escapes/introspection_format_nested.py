# An attribute walk hidden in a nested replacement field of the format spec.
# expect: AttributeError: '__code__' is not available in the sandbox
def f():
    pass
print("{0:{1.__code__.co_consts}}".format(1, f))
