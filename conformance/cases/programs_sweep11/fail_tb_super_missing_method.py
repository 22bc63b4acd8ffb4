class Base:
    def greet(self):
        return "hi"


class Mid(Base):
    def farewell(self):
        return super().farewell() + "!"


m = Mid()
print(m.greet())
print(m.farewell())
