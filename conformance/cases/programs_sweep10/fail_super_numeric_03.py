class B:
    def f(self):
        def inner():
            return super().f()
        return inner()
B().f()
