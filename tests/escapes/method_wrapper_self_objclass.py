# The attributes CPython's method objects carry that lead to the object or
# class behind them: __self__ of builtin methods and method-wrappers
# (print.__self__ is the builtins module; [].append.__self__ the list),
# __objclass__ of method/slot descriptors, __func__/__self__ of bound user
# methods (the user's own objects, allowed), __get__ of a function to bind
# it to a built-in type, and __text_signature__/__reduce__ of natives.
class C:
    def m(self):
        return 1


c = C()
attempts = [
    lambda: print.__self__,
    lambda: len.__self__,
    lambda: [].append.__self__,
    lambda: (1).__add__.__self__,
    lambda: str.upper.__objclass__,
    lambda: int.__add__.__objclass__,
    lambda: object.__init__.__objclass__.__subclasses__,
    lambda: c.m.__self__ is c,
    lambda: c.m.__func__ is C.m,
    lambda: C.m.__get__(int, type)(),
    lambda: C.m.__get__(None, int).__self__,
    lambda: print.__text_signature__,
    lambda: print.__reduce__(),
    lambda: [].append.__reduce_ex__(2),
    lambda: print.__call__.__self__,
]
for attack in attempts:
    try:
        print('gave', attack())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
# expect-output: AttributeError '__self__' is not available in the sandbox
# expect-output: AttributeError '__self__' is not available in the sandbox
# expect-output: AttributeError '__self__' is not available in the sandbox
# expect-output: AttributeError '__self__' is not available in the sandbox
# expect-output: AttributeError '__objclass__' is not available in the sandbox
# expect-output: AttributeError '__objclass__' is not available in the sandbox
# expect-output: AttributeError '__objclass__' is not available in the sandbox
# expect-output: AttributeError '__self__' is not available in the sandbox
# expect-output: gave True
# expect-output: gave 1
# expect-output: AttributeError 'function' object has no attribute '__self__'
# expect-output: AttributeError '__text_signature__' is not available in the sandbox
# expect-output: TypeError object.__reduce__() is not available in the sandbox
# expect-output: TypeError object.__reduce_ex__() is not available in the sandbox
# expect-output: AttributeError '__self__' is not available in the sandbox
