# A data descriptor that lacks __set__ or __delete__: assigning or deleting
# through it fails with AttributeError naming the missing hook.
class SetOnly:
    def __get__(self, obj, owner=None):
        return "got" if obj is not None else self

    def __set__(self, obj, value):
        print("set", value)


class DeleteOnly:
    def __get__(self, obj, owner=None):
        return "got"

    def __delete__(self, obj):
        print("deleted")


class Holder:
    a = SetOnly()
    b = DeleteOnly()


h = Holder()
h.a = 1
print(h.a, h.b)
try:
    del h.a
except AttributeError as e:
    print("AttributeError", e, e.args)
del h.b
try:
    h.b = 2
except AttributeError as e:
    print("AttributeError", e)
# The instance dict cannot shadow a data descriptor, even with only __delete__.
h.__dict__["b"] = "shadow"
print(h.b, h.__dict__)


class ReadOnly:
    def __get__(self, obj, owner=None):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")


class Config:
    answer = ReadOnly()


c = Config()
try:
    c.answer = 0
except AttributeError as e:
    print("AttributeError", e)
print(c.answer)
