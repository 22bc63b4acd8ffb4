# The pickling protocol as a way to constructors and module functions:
# __reduce__/__reduce_ex__ of built-in objects (CPython hands out
# copyreg.__newobj__, copyreg._reconstructor and builtins.getattr: moat's
# exist, so dir() and getattr agree, but refuse to run), object.__getstate__
# (only the instance's own dict and slots), copy.copy/deepcopy of user
# objects whose __reduce_ex__ returns a chosen callable, and import of
# copyreg/pickle.
import re as _re


def shown(value):
    # Reprs end " at 0x<id>" as CPython's do; the id is no address, but it
    # depends on what asked for ids before: leave it out.
    return _re.sub(r' at 0x[0-9a-f]+', '', str(value))


import copy


class Custom:
    def __reduce_ex__(self, proto):
        return (getattr, ((), '__class__'))


class State:
    def __getstate__(self):
        return {'x': print}


attempts = [
    lambda: object().__reduce_ex__(2),
    lambda: [].__reduce_ex__(4),
    lambda: object.__reduce_ex__(Custom(), 2),
    lambda: (1).__reduce__(),
    lambda: object().__getstate__(),
    lambda: copy.copy(Custom()),
    lambda: copy.deepcopy(Custom()),
    lambda: copy.copy(State()).__dict__,
    lambda: copy._reconstruct,
    lambda: copy.__reduce__,
]
for attack in attempts:
    try:
        print('gave', shown(attack()))
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for stmt in ('copyreg', 'pickle', '_pickle', 'shelve'):
    try:
        __import__
    except NameError as e:
        print(e)
        break
try:
    import copyreg
except ImportError as e:
    print(e)
# expect-output: TypeError object.__reduce_ex__() is not available in the sandbox
# expect-output: TypeError object.__reduce_ex__() is not available in the sandbox
# expect-output: TypeError object.__reduce_ex__() is not available in the sandbox
# expect-output: TypeError object.__reduce__() is not available in the sandbox
# expect-output: gave None
# expect-output: gave <class 'tuple'>
# expect-output: gave <class 'tuple'>
# expect-output: gave {'x': <built-in function print>}
# expect-output: gave <function _reconstruct>
# expect-output: AttributeError '__reduce__' is not available in the sandbox
# expect-output: name '__import__' is not available in the sandbox
# expect-output: module 'copyreg' is not available in the sandbox
