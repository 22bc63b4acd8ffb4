class Base:
    required = ("name",)
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        for attr in cls.required:
            if not hasattr(cls, attr):
                raise TypeError(f"{cls.__name__} must define {attr!r}")

class Good(Base):
    name = "good"
print(Good.name)

class Broken(Base):
    pass
