# Properties in a hierarchy: extending a parent's property setter with
# Parent.prop.setter, overriding only the getter, and deleter chains.
class Base:
    def __init__(self):
        self._v = 0
        self.log = []

    @property
    def value(self):
        self.log.append("Base.get")
        return self._v

    @value.setter
    def value(self, v):
        self.log.append("Base.set")
        self._v = v

    @value.deleter
    def value(self):
        self.log.append("Base.del")
        self._v = None


class Clamped(Base):
    @Base.value.setter
    def value(self, v):
        self.log.append("Clamped.set")
        Base.value.fset(self, max(0, min(100, v)))


class ReadOnly(Base):
    @property
    def value(self):
        self.log.append("ReadOnly.get")
        return super().value


c = Clamped()
c.value = 250
print(c.value, c.log)
del c.value
print(c.value, c.log[-2:])
r = ReadOnly()
print(r.value, r.log)
for action in (lambda: setattr(r, "value", 1), lambda: delattr(r, "value")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(Clamped.value.fget is Base.value.fget, Clamped.value.fdel is Base.value.fdel, ReadOnly.value.fset)
p = property(doc="documented")
print(p.__doc__, p.fget, p.getter(len).fget is len)
