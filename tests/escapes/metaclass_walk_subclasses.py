# A metaclass reached through type() of a moat class still keeps the class
# graph inside the VM.
# expect: AttributeError: '__subclasses__' is not available in the sandbox
from enum import Enum
meta = type(Enum)
print(meta.__name__)
meta.__subclasses__()
