# expect: NameError: name 'eval' is not available in the sandbox
eval('1+1')
