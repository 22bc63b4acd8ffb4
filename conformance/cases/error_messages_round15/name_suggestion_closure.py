def counter():
    running_total = 0

    def add(n):
        return runing_total + n
    return add(1)


counter()
