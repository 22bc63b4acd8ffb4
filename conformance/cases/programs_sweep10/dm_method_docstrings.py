import functools
class A:
    "A doc"
    def m(self):
        "m doc"
    @classmethod
    def c(cls):
        "c doc"
    @staticmethod
    def s():
        "s doc"
    @property
    def p(self):
        "p doc"
    @functools.cached_property
    def cp(self):
        "cp doc"
def f():
    "f doc"
@functools.lru_cache
def g():
    "g doc"
@functools.wraps(f)
def w(): pass
print(A.__doc__, A().__doc__, A().m.__doc__, A.c.__doc__, A.s.__doc__, A.__dict__["c"].__doc__, A.__dict__["s"].__doc__, A.p.__doc__, A.cp.__doc__)
print(f.__doc__, g.__doc__, w.__doc__, (lambda: 0).__doc__)
class B(A): pass
print(B.__doc__, B().__doc__, B().m.__doc__)
class C:
    def plain(self): pass
    def doc(self):
        """Multi-line
        docstring."""
c = C()
print(c.plain.__doc__, repr(c.doc.__doc__), C.doc.__doc__ == c.doc.__doc__)
C.doc.__doc__ = "changed"
print(c.doc.__doc__)
try:
    c.doc.__doc__ = "on method"
except AttributeError as e:
    print("AttributeError", e)
for stmt in (lambda: delattr(c.doc, "__doc__"), lambda: setattr(c.doc, "tag", 1), lambda: delattr(c.doc, "tag"),
             lambda: setattr(c.doc, "__func__", None)):
    try:
        stmt()
    except AttributeError as e:
        print("AttributeError", e)
