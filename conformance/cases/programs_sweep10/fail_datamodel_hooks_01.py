class D:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
class C:
    attr = D()
