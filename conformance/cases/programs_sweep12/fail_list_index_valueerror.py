queue = ["ann", "bob", "cy"]


def position(name):
    return queue.index(name) + 1


for name in ["bob", "cy"]:
    print(name, "is number", position(name))
queue.remove("bob")
print(queue)
print("bob is number", position("bob"))
