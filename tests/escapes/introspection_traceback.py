# expect: AttributeError: '__traceback__' is not available in the sandbox
try:
    1/0
except Exception as e:
    print(e.__traceback__)
