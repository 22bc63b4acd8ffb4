class Weird:
    def __init__(self, v):
        self.v = v
        return v


print(Weird(None).v)
print(Weird(5).v)
