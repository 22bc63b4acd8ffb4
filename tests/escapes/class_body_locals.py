# A class body's namespace is a dict; locals() to reach it is refused.
class A:
    # expect: NameError: name 'locals' is not available in the sandbox
    ns = locals()
