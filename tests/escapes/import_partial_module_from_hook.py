# A module of moat's runs script code while its body is still running when
# it calls something the script patched beforehand: re's body builds
# RegexFlag, whose class body binds each name through enum's _EnumDict
# (whose methods a script may replace, as in CPython) and then calls
# enum.global_enum. In CPython a hook there can `import re` and get the
# half-made module from sys.modules. Here that module still holds what its
# body removes at its end (the _builtin_function marker of frozen modules,
# datetime's _set_type_name), so a script's import of a module whose body
# is running is refused, by every spelling; moat's own code still gets it.
# expect-output: setitem getitem ImportError importing module 're' while its own initialization runs is not available in the sandbox
# expect-output: setitem import ImportError importing module 're' while its own initialization runs is not available in the sandbox
# expect-output: setitem from-import ImportError importing module 're' while its own initialization runs is not available in the sandbox
# expect-output: global_enum import ImportError importing module 're' while its own initialization runs is not available in the sandbox
# expect-output: values seen function int str
# expect-output: after: re.IGNORECASE False
# expect-output: later import ok True
import enum

seen = []
kinds = set()


def attempt(label, how):
    try:
        how()
        seen.append((label, 'reached'))
    except ImportError as e:
        seen.append((label, type(e).__name__, str(e)))


def import_plain():
    import re
    seen.append(sorted(n for n in dir(re) if n.startswith('_')))


def import_from():
    from re import _builtin_function
    seen.append(_builtin_function)


original_setitem = enum._EnumDict.__setitem__
original_getitem = enum._EnumDict.__getitem__
original_global_enum = enum.global_enum


def spy_setitem(self, key, value):
    kinds.add(type(value).__name__)
    if key == 'DEBUG':
        attempt('setitem import', import_plain)
        attempt('setitem from-import', import_from)
    original_setitem(self, key, value)


def spy_getitem(self, key):
    if key == 'DEBUG':
        attempt('setitem getitem', import_plain)
    return original_getitem(self, key)


def spy_global_enum(cls, *args, **kwargs):
    attempt('global_enum import', import_plain)
    return original_global_enum(cls, *args, **kwargs)


enum._EnumDict.__setitem__ = spy_setitem
enum._EnumDict.__getitem__ = spy_getitem
enum.global_enum = spy_global_enum
import re
enum._EnumDict.__setitem__ = original_setitem
enum._EnumDict.__getitem__ = original_getitem
enum.global_enum = original_global_enum

for entry in seen:
    print(*entry)
print('values seen', *sorted(kinds - {'wrapper_descriptor', 'builtin_function_or_method'}))
print('after:', re.I, hasattr(re, '_builtin_function'))


def later():
    import re as again
    return again is re


print('later import ok', later())
