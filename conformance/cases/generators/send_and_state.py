# Generators keep local state between resumptions; send() passes values in.
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
print(next(avg))
for v in (10, 20, 60, 10):
    print(avg.send(v))


def accumulator():
    total = 0
    while True:
        received = yield total
        if received is None:
            break
        total += received


acc = accumulator()
next(acc)
print(acc.send(5), acc.send(7), acc.send(-2))
try:
    acc.send(None)
except StopIteration:
    print("accumulator stopped")
fresh = running_average()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError", e)
