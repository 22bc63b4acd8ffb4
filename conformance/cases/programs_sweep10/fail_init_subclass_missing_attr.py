class Model:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not hasattr(cls, "table"):
            raise TypeError(f"{cls.__name__} must define 'table'")
class User(Model):
    table = "users"
print(User.table)
class Post(Model):
    title = "x"
