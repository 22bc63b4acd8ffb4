def counter():
    def inc():
        count += 1
        return count
    count = 0
    return inc
c = counter()
c()
