# The type of a bound method, reached from one, cannot make new ones.
class C:
    def m(self):
        return self
# expect: TypeError: creating 'method' objects is not available in the sandbox
type(C().m)(print, 1)
