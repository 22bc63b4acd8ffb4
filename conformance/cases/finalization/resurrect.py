# A __del__ that stores self again is not called a second time.
saved = []


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        saved.append(self)


a = A("phoenix")
del a
print("resurrected:", saved[0].name)
saved.clear()
print("cleared")
print("end")
