# Imports inside functions bind locals; the module is cached.
def f():
    import collections.abc
    from collections import abc as a
    return collections.abc is a

def g():
    import collections.abc as m
    return m.Sized

print(f(), g().__name__)
import collections.abc
print(g() is collections.abc.Sized)
