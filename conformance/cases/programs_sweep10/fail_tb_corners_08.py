class A:
    def __init__(self):
        self.value = self.compute()
    def compute(self):
        return int("abc")
a = A()
