class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"


class Dog(Animal):
    def __init__(self, name, breed):
        self.breed = breed

    def speak(self):
        return f"{self.name} the {self.breed} barks"


pets = [Animal("generic"), Dog("rex", "lab")]
for p in pets:
    print(p.speak())
