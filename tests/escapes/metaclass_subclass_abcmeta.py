# Deriving from one of moat's metaclasses defines a metaclass too.
# expect: TypeError: subclassing 'ABCMeta' (defining a metaclass) is not available in the sandbox
from abc import ABCMeta


class MyMeta(ABCMeta):
    pass
