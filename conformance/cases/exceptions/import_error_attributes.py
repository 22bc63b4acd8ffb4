# ImportError.msg, .name and .path: from the constructor, from failed imports, writable.
e=ImportError('a', name='n', path='p'); print(e.msg, e.name, e.path, str(e), repr(e), e.args)
e=ImportError('a','b'); print(e.msg, e.name, e.path, str(e), repr(e))
e=ImportError(); print(e.msg, str(e), repr(e))
e=ImportError(5); print(e.msg, str(e), repr(e))
e.msg='zz'; print(str(e)); e.name=3; print(e.name); del e.msg; print(e.msg, str(e))
try: ImportError('a', foo=1)
except TypeError as x: print(x)
try: ModuleNotFoundError('a', foo=1)
except TypeError as x: print(x)
try: import numpy
except ImportError as x: print(repr(x), x.name, x.path, x.msg)
try: from math import nothere
except ImportError as x: print(repr(x), x.name, x.path, x.msg)
try: import math.foo
except ImportError as x: print(repr(x), x.name, x.path, x.msg)
class MyIE(ImportError):
    def __init__(self, m): super().__init__(m, name='q')
e=MyIE('hi'); print(e.name, e.msg, str(e))
e=ModuleNotFoundError('x', name='y'); print(e.name, e.msg)
e=ImportError('x', path='y'); e.path = 7; print(e.path); del e.path; print(e.path)
