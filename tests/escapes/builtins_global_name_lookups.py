# Every way a script names the builtins table: the `__builtins__` global
# (a module in __main__, a dict elsewhere in CPython), subscripting it, its
# attributes, and __builtins__ as a keyword of the builtins it would hold.
attempts = [
    lambda: __builtins__,
    lambda: __builtins__['eval'],
    lambda: __builtins__.__dict__['eval'],
    lambda: __import__('os'),
    lambda: __loader__,
    lambda: __spec__,
    lambda: __cached__,
    lambda: print.__self__,
    lambda: len.__self__.eval,
    lambda: getattr(print, '__self__'),
]
for attack in attempts:
    try:
        print('gave', attack())
    except (NameError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(__name__, __doc__)
# __file__ is the name tracebacks show (CPython's __main__ has it too): a
# string and nothing more.
print(type(__file__).__name__, __file__.rsplit('/', 1)[-1])
# expect-output: NameError name '__builtins__' is not available in the sandbox
# expect-output: NameError name '__builtins__' is not available in the sandbox
# expect-output: NameError name '__builtins__' is not available in the sandbox
# expect-output: NameError name '__import__' is not available in the sandbox
# expect-output: NameError name '__loader__' is not available in the sandbox
# expect-output: NameError name '__spec__' is not available in the sandbox
# expect-output: NameError name '__cached__' is not defined
# expect-output: AttributeError '__self__' is not available in the sandbox
# expect-output: AttributeError '__self__' is not available in the sandbox
# expect-output: AttributeError '__self__' is not available in the sandbox
# expect-output: __main__ None
# expect-output: str builtins_global_name_lookups.py
