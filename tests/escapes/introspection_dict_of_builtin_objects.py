# `__dict__` stays refused wherever CPython would hand out a namespace: a
# built-in type's, a module's, a generic alias's (list[int].__dict__ is
# list's own in CPython, through the alias's attribute forwarding) and
# exit's (a Python class's instance in CPython). An instance of a built-in
# type that has no __dict__ in CPython gets CPython's plain AttributeError,
# and vars() reads the same answer.
# expect-output: int AttributeError: '__dict__' is not available in the sandbox
# expect-output: type AttributeError: '__dict__' is not available in the sandbox
# expect-output: module AttributeError: '__dict__' is not available in the sandbox
# expect-output: list[int] AttributeError: '__dict__' is not available in the sandbox
# expect-output: dict[str, list[int]] AttributeError: '__dict__' is not available in the sandbox
# expect-output: exit AttributeError: '__dict__' is not available in the sandbox
# expect-output: type(list[int]) AttributeError: '__dict__' is not available in the sandbox
# expect-output: [] AttributeError: 'list' object has no attribute '__dict__'
# expect-output: 1 AttributeError: 'int' object has no attribute '__dict__'
# expect-output: len AttributeError: 'builtin_function_or_method' object has no attribute '__dict__'
# expect-output: object() AttributeError: 'object' object has no attribute '__dict__'
# expect-output: vars(list[int]) TypeError: vars() argument must have __dict__ attribute
# expect-output: vars([]) TypeError: vars() argument must have __dict__ attribute
# expect-output: getattr(list[int], '__dict__') AttributeError: '__dict__' is not available in the sandbox
import math


def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ran:', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


attempt('int', lambda: int.__dict__)
attempt('type', lambda: type.__dict__)
attempt('module', lambda: math.__dict__)
attempt('list[int]', lambda: list[int].__dict__)
attempt('dict[str, list[int]]', lambda: dict[str, list[int]].__dict__)
attempt('exit', lambda: exit.__dict__)
attempt('type(list[int])', lambda: type(list[int]).__dict__)
attempt('[]', lambda: [].__dict__)
attempt('1', lambda: (1).__dict__)
attempt('len', lambda: len.__dict__)
attempt('object()', lambda: object().__dict__)
attempt('vars(list[int])', lambda: vars(list[int]))
attempt('vars([])', lambda: vars([]))
attempt("getattr(list[int], '__dict__')", lambda: getattr(list[int], '__dict__'))
