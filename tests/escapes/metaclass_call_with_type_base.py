# Calling a moat metaclass with `type` among the bases would make a
# metaclass outside any class statement of moat's.
# expect: TypeError: subclassing 'type' (defining a metaclass) is not available in the sandbox
from abc import ABCMeta
M = ABCMeta("M", (type,), {})
