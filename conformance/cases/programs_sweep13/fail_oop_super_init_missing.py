class Animal:
    def __init__(self, name, sound):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"


class Dog(Animal):
    def __init__(self, name, tricks):
        self.tricks = list(tricks)

    def show(self):
        return f"{self.speak()} and knows {', '.join(self.tricks)}"


rex = Dog("Rex", ["sit", "roll"])
print(rex.tricks)
print(rex.show())
