# Default argument values, evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
counter = 10


def snapshot(value=counter):
    return value


counter = 20
print(snapshot(), snapshot(5))


def accumulate(x, bucket=[]):
    bucket.append(x)
    return bucket


print(accumulate(1), accumulate(2), accumulate(3, []), accumulate(4))


def power(base, exp=2):
    return base ** exp


print(power(3), power(2, 10), power(exp=3, base=4), power.__defaults__)
print(greet.__defaults__, greet.__name__)
