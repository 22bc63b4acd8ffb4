# The VM issues its own warnings (an __index__ returning an int subclass)
# by calling the script-visible warnings.warn from inside a native
# subscript. The script breaks warnings' module state first: registries,
# remembered lines, onceregistry, filters, defaultaction, the fallback
# table, showwarning/_showwarnmsg/_formatwarnmsg, its sys and helpers, then
# replaces warn itself with one that re-enters the subscript, raises
# KeyboardInterrupt, resizes the list being indexed, is not callable or is
# deleted. Each must end as an ordinary exception from the subscript (or
# the value at the index of the list as it is after the hook), never a
# crash or a stale read.
import warnings
class I(int): pass
class Idx:
    def __index__(self): return I(2)
def t(label, fn):
    try:
        r = fn()
        print(label, 'ran:', repr(r)[:80])
    except BaseException as e:
        print(label, type(e).__name__, str(e)[:80])
data = [0, 1, 2, 3]
def trigger():
    return data[Idx()]
real_warn = warnings.warn
t('plain', trigger)
for name, value in [('_registries', 5), ('_registries', None), ('_lines', []), ('onceregistry', 7), ('filters', 'x'), ('filters', [(1,2,3,4,5)]), ('filters', [('error', None, 5, None, 0)]), ('filters', [('bogus', None, Warning, None, 0)]), ('defaultaction', 'error'), ('defaultaction', 5), ('_fallback', None), ('showwarning', 5), ('_showwarnmsg', None), ('_formatwarnmsg', 3), ('_sys', None), ('_caller', None), ('_index', None), ('_deliver', None)]:
    saved = getattr(warnings, name)
    setattr(warnings, name, value)
    try:
        t(f'{name}={value!r}', trigger)
    finally:
        setattr(warnings, name, saved)
    warnings.resetwarnings()
def reentrant(message, category=None, stacklevel=1, source=None):
    data.clear()
    return trigger()
warnings.warn = reentrant
t('recursive warn', trigger)
warnings.warn = lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt)
t('warn raises KI', trigger)
warnings.warn = lambda *a, **k: data.__setitem__(slice(None), [9] * 10)
data[:] = [0, 1, 2, 3]
t('warn resizes', trigger)
warnings.warn = 5
t('warn not callable', trigger)
del warnings.warn
t('warn deleted', trigger)
warnings.warn = real_warn
t('restored', trigger)
# expect-output: plain ran: 2
# expect-output: _registries=5 AttributeError 'int' object has no attribute 'setdefault'
# expect-output: _registries=None AttributeError 'NoneType' object has no attribute 'setdefault'
# expect-output: _lines=[] TypeError list indices must be integers or slices, not tuple
# expect-output: onceregistry=7 ran: 2
# expect-output: filters='x' ValueError _warnings.filters must be a list
# expect-output: filters=[(1, 2, 3, 4, 5)] TypeError action must be a string, not 'int'
# expect-output: filters=[('error', None, 5, None, 0)] TypeError issubclass() arg 2 must be a class, a tuple of classes, or a union
# expect-output: filters=[('bogus', None, <class 'Warning'>, None, 0)] RuntimeError Unrecognized action ('bogus') in warnings.filters:
# expect-output:  ('bogus', None, <class 'Warn
# expect-output: defaultaction='error' DeprecationWarning __index__ returned non-int (type I).  The ability to return an instance of a str
# expect-output: defaultaction=5 TypeError _warnings.defaultaction must be a string, not 'int'
# expect-output: _fallback=None TypeError 'NoneType' object does not support item assignment
# expect-output: showwarning=5 TypeError warnings.showwarning() must be set to a function or method
# expect-output: _showwarnmsg=None TypeError warnings._showwarnmsg() must be set to a callable
# expect-output: _formatwarnmsg=3 TypeError 'int' object is not callable
# expect-output: _sys=None AttributeError 'NoneType' object has no attribute 'stderr'
# expect-output: _caller=None TypeError 'NoneType' object is not callable
# expect-output: _index=None TypeError 'NoneType' object is not callable
# expect-output: _deliver=None TypeError 'NoneType' object is not callable
# expect-output: recursive warn RecursionError maximum recursion depth exceeded while calling a Python object
# expect-output: warn raises KI KeyboardInterrupt 
# expect-output: warn resizes ran: 9
# expect-output: warn not callable TypeError 'int' object is not callable
# expect-output: warn deleted AttributeError module 'warnings' has no attribute 'warn'
# expect-output: restored ran: 9
