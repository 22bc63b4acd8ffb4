class A:
    def __init__(self, x):
        super().__init__(x)
A(1)
