float(2 ** 1024)
