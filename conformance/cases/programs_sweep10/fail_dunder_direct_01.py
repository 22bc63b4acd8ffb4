class A:
    def __new__(cls, x):
        return super().__new__(cls, x)
A(1)
