# A class whose __call__ is one of its own instances: calling an instance
# calls __call__, which calls its __call__, ... in native code each time.
# It must end in RecursionError, not overflow the host's stack.
# expect: RecursionError: maximum recursion depth exceeded while calling a Python object
class Loop:
    pass


Loop.__call__ = Loop()
Loop()()
