# The None-default idiom for mutable defaults.
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, [0]))


def bad_append(item, target=[]):
    target.append(item)
    return target


print(bad_append(1), bad_append(2), bad_append(3))


def greet(name=None, greeting=None):
    greeting = greeting if greeting is not None else "Hello"
    if name is None:
        return greeting + "!"
    return f"{greeting}, {name}!"


print(greet(), greet("Ann"), greet(greeting="Hi"), greet("Bo", "Yo"), greet("", ""))
