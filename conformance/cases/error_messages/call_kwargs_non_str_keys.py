# f(**mapping) with a key that is not a str: CPython checks the keys where
# it unpacks them for a vectorcall ("keywords must be strings"); a class
# called through tp_call gets the dict itself, and one that refuses every
# keyword says so first.
def show(name, f):
    try:
        print(name, f())
    except TypeError as e:
        print(name, 'TypeError', e)


class Plain:
    pass


class Child(Plain):
    pass


class WithInit:
    def __init__(self, *args, **kwargs):
        print('init', args, kwargs)


class WithNew:
    def __new__(cls, *args, **kwargs):
        return kwargs


class MyError(ValueError):
    pass


class MyErrorInit(Exception):
    def __init__(self, *args, **kwargs):
        super().__init__(*args)


class MyDict(dict):
    pass


bad = {1: 2}
show('function', lambda: (lambda **k: k)(**bad))
show('builtin', lambda: print(**bad))
show('method', lambda: [].sort(**bad))
show('dict', lambda: dict(**bad))
show('dict positional', lambda: dict({3: 4}, **bad))
show('dict mixed', lambda: dict(**{'a': 1, 2: 3}))
show('list', lambda: list(**bad))
show('int', lambda: int(**bad))
show('str', lambda: str(**bad))
show('range', lambda: range(**bad))
show('object', lambda: object(**bad))
show('object args', lambda: object(1, **bad))
show('Plain', lambda: Plain(**bad))
show('Child', lambda: Child(**bad))
show('WithInit', lambda: WithInit(**bad))
show('WithNew', lambda: WithNew(**bad))
show('Exception', lambda: Exception(**bad))
show('ValueError', lambda: ValueError('x', **bad))
show('MyError', lambda: MyError(**bad))
show('MyErrorInit', lambda: MyErrorInit(**bad))
show('MyDict', lambda: MyDict(**bad))
show('slice', lambda: slice(1, **bad))
show('staticmethod', lambda: staticmethod(len, **bad))
show('classmethod', lambda: classmethod(len, **bad))
show('property', lambda: property(**bad))
show('Plain str keys', lambda: Plain(**{'a': 1}))
show('Plain empty', lambda: type(Plain(**{})).__name__)
show('duplicate first', lambda: dict(**{'a': 1}, **{'a': 2, 3: 4}))
