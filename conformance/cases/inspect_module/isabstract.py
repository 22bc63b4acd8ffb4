import abc
import inspect

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass

class Half(Base):
    pass

class Done(Base):
    def run(self):
        return 1

class Plain:
    pass

for cls in (Base, Half, Done, Plain, abc.ABC, int):
    print(cls.__name__, inspect.isabstract(cls))
print(inspect.isabstract(Done()), inspect.isabstract(1))
