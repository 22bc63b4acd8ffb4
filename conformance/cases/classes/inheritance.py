class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog/" + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + f" ({self.age} months)"


for a in [Animal("generic"), Dog("rex"), Puppy("bit", 3)]:
    print(a.speak(), a.kind(), type(a).__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)))
print(isinstance(Puppy("x", 1), (Dog, int)))
print(issubclass(Dog, object), issubclass(bool, int))
