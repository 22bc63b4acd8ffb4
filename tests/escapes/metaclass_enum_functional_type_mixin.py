# The functional Enum API calls the metaclass from moat's own code with the
# script's `type=` mixin: that must not define a metaclass either.
# expect: TypeError: subclassing 'type' (defining a metaclass) is not available in the sandbox
from enum import Enum
X = Enum("X", "A B", type=type)
