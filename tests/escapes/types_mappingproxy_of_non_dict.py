# MappingProxyType over anything but a dict (a user mapping whose methods
# see every lookup) is refused.
import types

class M(dict):
    def __getitem__(self, k):
        return k
# expect: TypeError: mappingproxy() argument must be a dict in the sandbox, not list
types.MappingProxyType([1, 2])
