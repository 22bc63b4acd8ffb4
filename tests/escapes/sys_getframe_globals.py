# sys._getframe() is the classic way to a caller's globals and builtins.
# expect: AttributeError: 'sys._getframe' is not available in the sandbox
import sys
def f():
    return sys._getframe().f_back.f_globals
f()['__builtins__']
