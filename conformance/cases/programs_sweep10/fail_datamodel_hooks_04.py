a = 1
a.__class__ = bool
