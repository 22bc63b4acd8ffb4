# from-import reads the same attribute and is refused the same way.
# expect: AttributeError: 'sys.modules' is not available in the sandbox
from sys import modules
modules['os']
