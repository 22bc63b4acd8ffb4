class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name})"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name, "woof")
        self.breed = breed

    def describe(self):
        return super().describe() + f" breed={self.breed}"


class Puppy(Dog):
    def __init__(self, name, breed, age_weeks):
        super().__init__(name, breed)
        self.age_weeks = age_weeks

    def speak(self):
        base = super().speak()
        return base + "!" * (3 if self.age_weeks < 10 else 1)

    def describe(self):
        return super().describe() + f" weeks={self.age_weeks}"


class Cat(Animal):
    def __init__(self, name):
        super(Cat, self).__init__(name, sound="meow")


pets = [Animal("thing"), Dog("Rex", "lab"), Puppy("Bit", "pug", 8), Puppy("Old", "pug", 20), Cat("Tom")]
for p in pets:
    print(p.speak(), "|", p.describe())

print(isinstance(pets[2], Dog), isinstance(pets[4], Dog), issubclass(Puppy, Animal))
print(issubclass(Puppy, Dog), issubclass(Cat, Dog), type(pets[2]).__name__)
print(pets[2].__dict__)


class Base:
    def __init__(self):
        self.log = ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")


class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Diamond")


print(Diamond().log)


class Named:
    def who(self):
        return "Named"


class LeftW(Named):
    def who(self):
        return "LeftW>" + super().who()


class RightW(Named):
    def who(self):
        return "RightW>" + super().who()


class Both(LeftW, RightW):
    def who(self):
        return "Both>" + super().who()


print(Both().who(), RightW().who())
print(super(LeftW, Both()).who())
