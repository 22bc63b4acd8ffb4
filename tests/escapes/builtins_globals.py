# expect: NameError: name 'globals' is not available in the sandbox
globals()['__builtins__']
