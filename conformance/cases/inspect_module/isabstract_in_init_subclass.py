# inspect.isabstract reads only a class's own abstract-method set; called from
# __init_subclass__ (before ABCMeta has set it) it looks for abstract methods
# defined in the class or inherited and not overridden, as CPython's does.
import abc
import inspect


class Plugin(abc.ABC):
    registry = []

    @abc.abstractmethod
    def run(self):
        ...

    @abc.abstractmethod
    def stop(self):
        ...

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print(cls.__name__, "abstract while created:", inspect.isabstract(cls))
        if not inspect.isabstract(cls):
            Plugin.registry.append(cls.__name__)


class Full(Plugin):
    def run(self):
        pass

    def stop(self):
        pass


class Half(Plugin):
    def run(self):
        pass


class Finished(Half):
    def stop(self):
        pass


class ReAbstract(Finished):
    @abc.abstractmethod
    def run(self):
        ...


class Attr(Finished):
    stop = abc.abstractmethod(lambda self: None)


print(Plugin.registry)
for cls in (Plugin, Full, Half, Finished, ReAbstract, Attr):
    print(cls.__name__, inspect.isabstract(cls), sorted(cls.__abstractmethods__))


class Plain:
    def __init_subclass__(cls):
        print(cls.__name__, inspect.isabstract(cls))


class Child(Plain):
    pass


print(inspect.isabstract(Plain), inspect.isabstract(int), inspect.isabstract(Full()),
      inspect.isabstract(abc.ABC))
