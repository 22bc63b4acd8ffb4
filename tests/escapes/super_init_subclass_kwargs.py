# __init_subclass__ runs user code at class creation with the class only;
# object's version takes no keywords and reaches nothing.
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
# expect: TypeError: Child.__init_subclass__() takes no keyword arguments
class Child(Base, hook=print):
    pass
