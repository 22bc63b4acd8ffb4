# Function attributes and introspection that is safe to print.
def documented(a, b=2, *args, c, **kw):
    """Add things together."""
    return a + b


print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)


def outer():
    def inner():
        pass
    return inner


print(outer().__name__, outer().__qualname__)
documented.tag = "custom"
print(documented.tag, callable(documented), callable(3), callable(len), callable(lambda: 0))
print((lambda: None).__qualname__, len.__name__, print.__name__)


def no_doc():
    pass


print(no_doc.__doc__, documented.__module__)
