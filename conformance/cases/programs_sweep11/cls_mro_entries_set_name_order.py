class Base: pass
class Marker:
    def __mro_entries__(self, bases):
        return (Base,)
class C(Marker()):
    pass
print(C.__bases__ if False else "", issubclass(C, Base), C.__orig_bases__[0].__class__.__name__)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class K:
    a = Desc()
K.b = Desc()
print("after")
class Parent:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
def deco(cls):
    print("deco", cls.__name__)
    return cls
@deco
class Child(Parent, flag=True):
    print("body")
