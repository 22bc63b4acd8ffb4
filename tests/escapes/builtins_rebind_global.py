# CPython takes a new function's builtins from its globals' __builtins__
# when the function is made, so a script that rebinds the global
# `__builtins__` to a module (sys, functools) would look bare names up in
# that module's namespace: `modules` would be sys.modules, `_getframe` its
# frame getter. moat keeps one builtins table per interpreter: rebinding the
# global (at module level, through `global`, in a class body) changes no
# lookup.
# expect-output: module name 'modules' is not defined
# expect-output: global name 'reduce' is not defined
# expect-output: class name '_getframe' is not defined
# expect-output: dict (1, 'builtin_function_or_method')
# expect-output: read ['len', 'print']
# expect-output: deleted 2
import functools
import sys

__builtins__ = sys


def after_module_rebind():
    try:
        return modules
    except NameError as e:
        return e


print('module', after_module_rebind())


def rebind_through_global():
    global __builtins__
    __builtins__ = functools


rebind_through_global()


def after_global_rebind():
    try:
        return reduce
    except NameError as e:
        return e


print('global', after_global_rebind())


class Body:
    __builtins__ = sys

    def method(self):
        try:
            return _getframe
        except NameError as e:
            return e


print('class', Body().method())
__builtins__ = {'len': lambda value: 42, 'print': None}


def after_dict_rebind():
    return len([1]), type(print).__name__


print('dict', after_dict_rebind())
# Once bound by the script, the global is the script's own dict.
print('read', sorted(__builtins__))
del __builtins__
print('deleted', len('ab'))
