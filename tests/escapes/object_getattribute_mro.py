# object.__getattribute__ is reachable; it must apply the same rule.
class A:
    pass
# expect: AttributeError: '__mro__' is not available in the sandbox
object.__getattribute__(A, "__mro__")
