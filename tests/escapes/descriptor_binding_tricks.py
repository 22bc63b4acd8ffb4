# Descriptors that bind built-ins and refused makers in a class:
# staticmethod(type) and classmethod(type) called with three arguments,
# property(fget=type.__subclasses__), a class attribute holding a native
# method descriptor (str.join) or a slot wrapper (object.__getattribute__)
# read through an instance, and __get__ of a function with a built-in type
# as the instance.
class C:
    make = staticmethod(type)
    bound = classmethod(type)
    walk = property(lambda self: type(self).__mro__)
    grab = object.__getattribute__
    join = str.join


c = C()
attempts = [
    lambda: C.make('X', (), {}),
    lambda: c.bound('X', ()),
    lambda: c.walk,
    lambda: c.grab('__class__'),
    lambda: c.grab('__dict__'),
    lambda: C.grab(int, '__subclasses__'),
    lambda: c.join(['a']),
    lambda: (lambda self: self.__mro__).__get__(int)(),
    lambda: classmethod(lambda cls: cls.__bases__).__get__(None, int)(),
]
for attack in attempts:
    try:
        print('gave', attack())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
# expect-output: TypeError type() with three arguments is not available in the sandbox
# expect-output: TypeError type() with three arguments is not available in the sandbox
# expect-output: AttributeError '__mro__' is not available in the sandbox
# expect-output: gave <class '__main__.C'>
# expect-output: gave {}
# expect-output: AttributeError '__subclasses__' is not available in the sandbox
# expect-output: TypeError descriptor 'join' for 'str' objects doesn't apply to a 'C' object
# expect-output: AttributeError '__mro__' is not available in the sandbox
# expect-output: AttributeError '__bases__' is not available in the sandbox
