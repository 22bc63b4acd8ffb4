def make_accumulator():
    total = 0

    def add(x):
        total += x
        return total

    return add


acc = make_accumulator()
print(acc(5))
