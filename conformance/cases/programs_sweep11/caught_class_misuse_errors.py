class A:
    def method(self):
        return "m"

    @staticmethod
    def st():
        return "s"

    @classmethod
    def cm(cls):
        return cls.__name__

    @property
    def p(self):
        return 1


calls = [
    ("A.method()", lambda: A.method()),
    ("A().method(1)", lambda: A().method(1)),
    ("A.st(1)", lambda: A.st(1)),
    ("A().cm(1)", lambda: A().cm(1)),
    ("A().p()", lambda: A().p()),
    ("A.p.fget(A())", lambda: A.p.fget(A())),
    ("A(1)", lambda: A(1)),
    ("A().__init__(1)", lambda: A().__init__(1)),
    ("A.__dict__['st']()", lambda: A.__dict__["st"]()),
    ("A.__dict__['cm']()", lambda: A.__dict__["cm"]()),
    ("type(A)()", lambda: type(A)()),
    ("A.nope", lambda: A.nope),
    ("super(A, 1)", lambda: super(A, 1)),
    ("super(int, A())", lambda: super(int, A())),
    ("isinstance(A(), A())", lambda: isinstance(A(), A())),
    ("issubclass(A(), A)", lambda: issubclass(A(), A)),
    ("class B(A(), A)", lambda: type("B", (A(),), {}) if False else exec_free()),
    ("class C(1)", lambda: exec_free2()),
]


def exec_free():
    class B(A, A):
        pass


def exec_free2():
    class C(1):
        pass


for label, fn in calls:
    try:
        print(f"{label:<24} -> {fn()!r}")
    except Exception as e:
        print(f"{label:<24} !! {type(e).__name__}: {e}")
