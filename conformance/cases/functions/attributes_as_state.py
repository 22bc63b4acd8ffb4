# Function attributes as per-function state: counters, caches, registries.
def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        wrapper.history.append(args)
        return func(*args)
    wrapper.calls = 0
    wrapper.history = []
    return wrapper


@counted
def square(x):
    return x * x


print([square(i) for i in range(4)], square.calls, square.history)


def fib(n):
    if n in fib.cache:
        return fib.cache[n]
    value = n if n < 2 else fib(n - 1) + fib(n - 2)
    fib.cache[n] = value
    return value


fib.cache = {}
print(fib(60), len(fib.cache))


def command(name):
    def register(func):
        func.command_name = name
        command.registry[name] = func
        return func
    return register


command.registry = {}


@command("hi")
def say_hi():
    return "hi!"


@command("bye")
def say_bye():
    return "bye!"


for key in sorted(command.registry):
    f = command.registry[key]
    print(key, f.command_name, f.__name__, f())
