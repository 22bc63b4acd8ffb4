# The class statement's own hooks as ways to a metaclass or the class
# graph: __mro_entries__ that substitutes `type` (or ABCMeta) as a base,
# __init_subclass__ and __set_name__ that look at the class being built,
# __class_getitem__, a __prepare__ on an ordinary base (not a metaclass,
# so never called), and __instancecheck__/__subclasscheck__ on classes.
import abc


class SneakType:
    def __mro_entries__(self, bases):
        return (type,)


class SneakMeta:
    def __mro_entries__(self, bases):
        return (abc.ABCMeta,)


for base in (SneakType(), SneakMeta()):
    try:
        class Evil(base):
            pass
        print('made', Evil)
    except TypeError as e:
        print(e)


class Hook:
    def __init_subclass__(cls, **kw):
        for name in ('__mro__', '__bases__', '__subclasses__'):
            try:
                getattr(cls, name)
            except AttributeError as e:
                print('init_subclass', e)

    def __class_getitem__(cls, item):
        return item

    @classmethod
    def __prepare__(cls, name, bases):
        print('prepare called')
        return {}


class Named:
    def __set_name__(self, owner, name):
        try:
            print(owner.__base__)
        except AttributeError as e:
            print('set_name', e)


class Sub(Hook):
    n = Named()


print(Hook[int])


class Checker(type(abc.ABC)):
    pass
# expect-output: subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: subclassing 'ABCMeta' (defining a metaclass) is not available in the sandbox
# expect-output: set_name '__base__' is not available in the sandbox
# expect-output: init_subclass '__mro__' is not available in the sandbox
# expect-output: init_subclass '__bases__' is not available in the sandbox
# expect-output: init_subclass '__subclasses__' is not available in the sandbox
# expect-output: <class 'int'>
# expect: TypeError: subclassing 'ABCMeta' (defining a metaclass) is not available in the sandbox
