class Base:
    def run(self):
        return self.step() * 2

    def step(self):
        raise NotImplementedError(f"{type(self).__name__}.step")


class Good(Base):
    def step(self):
        return 21


class Lazy(Base):
    pass


print(Good().run())
print(Lazy().run())
