# __doc__ and __module__ hold any value; deleting them leaves None.
def documented():
    """Original docstring."""


def bare():
    pass


print(documented.__doc__, bare.__doc__)
print(documented.__module__, (lambda: 0).__module__)
bare.__doc__ = "Added later."
documented.__doc__ = None
print(bare.__doc__, documented.__doc__)
bare.__doc__ = 123
print(bare.__doc__)
del bare.__doc__
print(bare.__doc__)
documented.__module__ = "plugins.text"
print(documented.__module__)
documented.__module__ = 7
print(documented.__module__)
del documented.__module__
print(documented.__module__)


def nested():
    def inner():
        "inner doc"
    return inner


print(nested().__doc__, nested().__module__)
