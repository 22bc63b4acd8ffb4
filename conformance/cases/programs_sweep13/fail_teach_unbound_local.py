counter = 0


def record(event):
    print("recording", event)
    counter += 1
    return counter


print(record("login"))
