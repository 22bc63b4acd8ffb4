# expect: NameError: name 'open' is not available in the sandbox
open('/etc/passwd').read()
