# classmethod over another descriptor reads it through the class (3.11).
class Config:
    _name = "base"

    @classmethod
    @property
    def name(cls):
        return cls.__name__ + ":" + cls._name


class Prod(Config):
    _name = "prod"


print(Config.name, Prod.name, Prod().name)


class Tagger:
    def __get__(self, obj, owner):
        return ("got", obj.__name__ if obj is not None else None, owner.__name__)


class Host:
    tag = classmethod(Tagger())
    plain = classmethod(lambda cls, x: (cls.__name__, x))


class SubHost(Host):
    pass


print(Host.tag, SubHost.tag, SubHost().tag)
print(Host.plain(1), SubHost().plain(2))
