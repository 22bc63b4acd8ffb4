class Animal:
    def __init__(self, name, sound):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name, "yip")
        self.age = age


print(Dog("rex").speak())
print(Puppy("bit", 1).speak())
