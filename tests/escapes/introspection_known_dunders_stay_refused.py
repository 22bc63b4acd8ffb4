# An unknown dunder (`__lenn__`) now gets CPython's plain AttributeError
# (MaybeWithheld asks IsKnownDunder, vm/known_dunders.inc); every name CPython
# has somewhere that moat withholds must still be refused when read, on
# instances, classes, functions and built-in objects alike. A write to a
# built-in instance fails with CPython's text: read-only where the instance
# shows the name (as `(1).__getattribute__` is shown), refused where it
# withholds it.
# expect-output: __globals__ is not available
# expect-output: __code__ is not available
# expect-output: __closure__ is not available
# expect-output: __subclasses__ is not available
# expect-output: __mro__ is not available
# expect-output: __bases__ is not available
# expect-output: __builtins__ is not available
# expect-output: __self__ is not available
# expect-output: __objclass__ is not available
# expect-output: __getattribute__ set read-only
# expect-output: __globals__ set is not available
# expect-output: __lenn__ missing
# expect-output: __globalz__ missing


class A:
    pass


def f():
    pass


def probe(obj, name):
    try:
        getattr(obj, name)
        print(name, 'reached')
    except AttributeError as e:
        print(name, 'is not available' if 'sandbox' in str(e) else 'missing')


probe(f, '__globals__')
probe(f, '__code__')
probe(f, '__closure__')
probe(A, '__subclasses__')
probe(A, '__mro__')
probe(A, '__bases__')
probe(f, '__builtins__')
probe(len, '__self__')
probe(str.upper, '__objclass__')
def probe_set(obj, name):
    try:
        setattr(obj, name, 5)
        print(name, 'set')
    except AttributeError as e:
        text = str(e)
        print(name, 'set', 'is not available' if 'sandbox' in text
              else 'read-only' if 'read-only' in text else 'missing')


probe_set(1, '__getattribute__')
probe_set(len, '__globals__')
probe(A(), '__lenn__')
probe(f, '__globalz__')
