# from-import reads the same attribute and is refused as a missing name is,
# naming the refusal.
# expect: ImportError: cannot import name 'modules' from 'sys' ('sys.modules' is not available in the sandbox)
from sys import modules
modules['os']
