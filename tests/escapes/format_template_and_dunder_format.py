# string.Template subclasses that widen idpattern to dotted names (the
# mapping lookup stays a plain key lookup), __format__ that returns a
# non-str or a huge str, and a format_map mapping whose __missing__ /
# __getitem__ hands back functions to walk: no attribute walk appears.
import string


class Dotted(string.Template):
    idpattern = r'[_a-z][_a-z0-9.]*'


class Braced(string.Template):
    delimiter = '%'
    braceidpattern = r'[^}]+'


def f():
    pass


class BadFormat:
    def __format__(self, spec):
        return f


class Spy(dict):
    def __missing__(self, key):
        return f


print(Dotted('$f.__globals__').safe_substitute({'f': f}))
try:
    Dotted('$f.__globals__').substitute({'f': f})
except KeyError as e:
    print('KeyError', e)
print(Braced('%{f.__code__}').safe_substitute(f=f))
for attack in (lambda: format(BadFormat()), lambda: '{}'.format(BadFormat()),
               lambda: f'{BadFormat()}', lambda: '{x.__globals__}'.format_map(Spy()),
               lambda: '{x[__builtins__]}'.format_map(Spy())):
    try:
        print('gave', attack())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
# expect-output: $f.__globals__
# expect-output: KeyError 'f.__globals__'
# expect-output: %{f.__code__}
# expect-output: TypeError __format__ must return a str, not function
# expect-output: TypeError __format__ must return a str, not function
# expect-output: TypeError __format__ must return a str, not function
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: TypeError 'function' object is not subscriptable
