# expect: NameError: name '__import__' is not available in the sandbox
__import__('os').system('id')
