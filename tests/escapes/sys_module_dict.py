# The module's namespace dict would list (and let a script reach) its internals.
# expect: AttributeError: '__dict__' is not available in the sandbox
import sys
sys.__dict__
