class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self


for x in Countdown(3):
    print(x)
