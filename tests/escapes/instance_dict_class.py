# An instance's __dict__ is its own data; it holds no path to the class graph.
class A:
    def __init__(self):
        self.x = 1
a = A()
print(a.__dict__)
# expect: AttributeError: '__bases__' is not available in the sandbox
a.__class__.__bases__
