# Reading a local before assignment.
total = 10


def add(n):
    total = total + n
    return total


print("before")
print(add(5))
