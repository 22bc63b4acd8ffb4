# A metaclass (a subclass of type) runs script code on every class operation;
# only moat's own modules may define one.
# expect: TypeError: subclassing 'type' (defining a metaclass) is not available in the sandbox
class Meta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
