class Temp:
    def __init__(self, c):
        self.c = c

    def __str__(self):
        return f"{self.c:.1f}C"


print(Temp(21.456))
print(Temp("warm"))
